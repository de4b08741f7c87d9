/** The consumer application as a named module: it requires the two OKR Kit modules by name. */
module com.example.okrs {
  requires org.okrkit.core;
  requires org.okrkit.json;
  // Jackson serialises the application's own record by reflection
  opens com.example.okrs to com.fasterxml.jackson.databind;
}
