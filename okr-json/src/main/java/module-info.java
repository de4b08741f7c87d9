/**
 * OKR Kit JSON: the OKR document format 1.0 as a streaming Jackson module, a small façade for
 * reading and writing documents without knowing Jackson, and the format's JSON Schema.
 */
module org.okrkit.json {
  requires transitive org.okrkit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;
  requires static org.jspecify;

  exports org.okrkit.json;

  provides com.fasterxml.jackson.databind.Module with
      org.okrkit.json.OkrJsonModule;
}
