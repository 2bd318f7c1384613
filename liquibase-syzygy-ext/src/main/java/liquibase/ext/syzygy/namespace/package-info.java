/** Internal: the extension's XML namespace, for parsers (XSD) and serializers ({@code syzygy:} prefix). */
package liquibase.ext.syzygy.namespace;
