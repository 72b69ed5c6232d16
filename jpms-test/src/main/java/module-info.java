/**
 * An application module that declares tables, as a user writes it: it requires the runtime and provides its generated
 * tables (the line the annotation processor prints when it is missing). Its tables' package is neither exported nor
 * opened; only the package of a JSON column's record type is exported, to Jackson, which reads it by reflection.
 */
module dev.ormdantic.jpms {
    requires dev.ormdantic;

    exports dev.ormdantic.jpms.json to
            com.fasterxml.jackson.databind;

    provides dev.ormdantic.support.GeneratedTable with
            dev.ormdantic.jpms.FlavorTable,
            dev.ormdantic.jpms.ToppingTable;
}
