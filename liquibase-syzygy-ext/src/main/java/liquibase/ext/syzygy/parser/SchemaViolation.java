package liquibase.ext.syzygy.parser;

import java.util.Optional;
import liquibase.exception.ChangeLogParseException;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import org.xml.sax.SAXParseException;

/**
 * Turns the XML parser's schema errors into an {@code INVALID_CHANGELOG} error that names the file, the line and
 * the remedy. Liquibase validates XML changelogs against their XSDs and reports the raw {@code cvc-...} message,
 * which names no fix (e.g. {@code defaultValueBoolean="yes"}, which the schema's boolean type refuses).
 */
final class SchemaViolation {

    private static final String SYZYGY_NAMESPACE = "https://liquibase-syzygy.github.io/xml/ns/syzygy";

    private SchemaViolation() {}

    /** The coded error for {@code failure} of parsing {@code changeLogFile}, if an XML schema error caused it. */
    static Optional<ChangeLogParseException> of(String changeLogFile, ChangeLogParseException failure) {
        if (failure.getMessage() != null && failure.getMessage().startsWith("[")) {
            return Optional.empty(); // already coded (an included file's error on its way up)
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SAXParseException sax) {
                return Optional.of(new ChangeLogParseException(message(changeLogFile, sax)));
            }
        }
        return Optional.empty();
    }

    static String message(String changeLogFile, SAXParseException sax) {
        String reason = sax.getMessage() == null ? "" : sax.getMessage().trim();
        return new Finding(
                        FindingCode.INVALID_CHANGELOG,
                        Severity.ERROR,
                        Optional.empty(),
                        changeLogFile + " line " + sax.getLineNumber() + ", column " + sax.getColumnNumber() + ": "
                                + withoutFullStop(reason) + ".",
                        remedy(reason))
                .format();
    }

    /** The fix for the schema errors changelogs commonly have; a general one otherwise. */
    static String remedy(String reason) {
        if (reason.contains("'booleanExp'") || reason.contains("of type 'boolean'")) {
            return "write true or false (or a ${property} that resolves to one); Liquibase's schema accepts no"
                    + " other boolean spelling.";
        }
        if (reason.contains("TargetNamespace") && reason.contains("liquibase-syzygy")) {
            return "declare the extension's namespace exactly as xmlns:syzygy=\"" + SYZYGY_NAMESPACE + "\" (https),"
                    + " with the same URI in xsi:schemaLocation.";
        }
        if (reason.startsWith("cvc-complex-type.3.2.2") || reason.startsWith("cvc-complex-type.2.4")) {
            return "check the spelling of the element or attribute and where it sits: the README lists each change"
                    + " type's attributes, and Liquibase's documentation the core ones.";
        }
        return "make the XML match the schema its xsi:schemaLocation names (Liquibase's dbchangelog XSD, or"
                + " liquibase-syzygy-1.0.xsd for the syzygy: change types).";
    }

    private static String withoutFullStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
