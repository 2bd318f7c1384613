package liquibase.ext.syzygy.parser;

import liquibase.parser.ChangeLogParser;

/** Marks our decorating parsers, so that delegation never picks one of them as the parser to delegate to. */
interface StageAssigningParser extends ChangeLogParser {}
