// SPDX-License-Identifier: Apache-2.0
package zwk.io.oparl;

import java.util.Optional;

/**
 * An OParl {@code Body} (<em>Körperschaft</em>: the municipality or district) with its keys as given:
 * {@code ags} (Amtlicher Gemeindeschlüssel) and {@code rgs} (Regionalschlüssel, the ARS), both
 * optional in OParl and kept as text here; {@link BodyKeys} checks and crosswalks them.
 *
 * @param id the id URL
 * @param type the type URL
 * @param name the full name
 * @param shortName the short name
 * @param ags the AGS as given
 * @param rgs the Regionalschlüssel as given
 * @param classification e.g. "Kreisfreie Stadt"
 * @param website the body's website
 * @param paperList the URL of its list of papers
 * @param meetingList the URL of its list of meetings
 */
public record OParlBody(String id, String type, Optional<String> name, Optional<String> shortName,
    Optional<String> ags, Optional<String> rgs, Optional<String> classification, Optional<String> website,
    Optional<String> paperList, Optional<String> meetingList) implements OParlObject {}
