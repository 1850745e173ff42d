// SPDX-License-Identifier: Apache-2.0
package zwk.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The BOM lists every published module of the build, and takes its versions from the project
 * version instead of literals, so that a release cannot ship a BOM that points at another version.
 * A module is published unless its POM sets {@code maven.deploy.skip}.
 */
class BomTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void bomManagesEveryPublishedModuleAtTheProjectVersion() throws Exception {
    Document parent = parse(ROOT.resolve("pom.xml"));
    Document bom = parse(ROOT.resolve("zwk-bom/pom.xml"));
    String version = childText(parent.getDocumentElement(), "version");
    assertEquals(version, childText(bom.getDocumentElement(), "version"), "zwk-bom version");

    Set<String> published = new TreeSet<>();
    for (Element module : elements(parent.getDocumentElement(), "modules", "module")) {
      String name = module.getTextContent().trim();
      if (name.equals("zwk-bom")) {
        continue;
      }
      String pom = Files.readString(ROOT.resolve(name).resolve("pom.xml"));
      if (!pom.contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
        published.add(name);
      }
    }
    Set<String> managed = new TreeSet<>();
    Element management = (Element) bom.getElementsByTagName("dependencyManagement").item(0);
    for (Element dep : elements(management, "dependencies", "dependency")) {
      managed.add(childText(dep, "artifactId"));
      assertEquals("${project.version}", childText(dep, "version"),
          "zwk-bom: " + childText(dep, "artifactId") + " must take the project version");
    }
    assertEquals(published, managed, "zwk-bom must manage exactly the published modules");
    assertTrue(published.contains("zwk-model"), "sanity: zwk-model is published");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  private static String childText(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().trim();
      }
    }
    throw new AssertionError("no <" + name + "> in <" + parent.getTagName() + ">");
  }

  private static List<Element> elements(Element root, String container, String item) {
    List<Element> out = new ArrayList<>();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(container)) {
        NodeList items = e.getChildNodes();
        for (int i = 0; i < items.getLength(); i++) {
          if (items.item(i) instanceof Element it && it.getTagName().equals(item)) {
            out.add(it);
          }
        }
      }
    }
    return out;
  }
}
