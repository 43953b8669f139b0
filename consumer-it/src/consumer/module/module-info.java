/** A user's application on the module path: it requires the library modules and nothing else. */
module com.example.consumer {
  requires io.github.policytasks.parser;
  requires io.github.policytasks.render;
  requires io.github.policytasks.seeds;
  requires io.github.policytasks.tracking;
}
