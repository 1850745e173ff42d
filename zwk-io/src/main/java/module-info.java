// SPDX-License-Identifier: Apache-2.0
/**
 * zwk's formats: JSON documents (Jackson 3), CSV tables, GENESIS and GV-ISys readers. The only
 * module that touches files.
 *
 * <p>{@link zwk.io.json.ZwkModule} is a {@code JacksonModule} service, so
 * {@code JsonMapper.builder().findAndAddModules()} binds the model on a user's own mapper (on the
 * class path through {@code META-INF/services}, on the module path through {@code provides}).
 */
module zwk.io {
  requires transitive zwk.model;
  requires transitive zwk.strategy;
  // GenesisReader.readPopulation returns zwk-profile's PopulationTable
  requires transitive zwk.profile;
  requires transitive tools.jackson.databind;
  requires de.siegmar.fastcsv;
  requires org.dhatim.fastexcel.reader;
  requires org.jsoup;
  requires java.net.http;
  requires static org.jspecify;

  exports zwk.io.csv;
  exports zwk.io.decidim;
  exports zwk.io.file;
  exports zwk.io.genesis;
  exports zwk.io.json;
  exports zwk.io.online;
  exports zwk.io.oparl;
  exports zwk.io.programmes;
  exports zwk.io.projection;
  exports zwk.io.register;
  exports zwk.io.samples;
  exports zwk.io.table;
  exports zwk.io.typology;

  provides tools.jackson.databind.JacksonModule with zwk.io.json.ZwkModule;
}
