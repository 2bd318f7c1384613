package liquibase.ext.syzygy.finding;

/** Whether a finding stops the run ({@link #ERROR}) or is only reported ({@link #WARNING}). */
public enum Severity {
    ERROR,
    WARNING
}
