package liquibase.ext.syzygy.command;

import liquibase.changelog.ChangeLogParameters;
import liquibase.command.CommandScope;
import liquibase.command.core.helpers.DatabaseChangelogCommandStep;
import liquibase.ext.syzygy.validation.CurrentRun;

/**
 * Tells the stage checks that the command at hand only reads ({@code status}, {@code history}, ...), so that they
 * report findings as warnings instead of failing it: {@code status} must work on the very changelog whose problems
 * it reports. The mark travels in the command's label filter ({@link CurrentRun#markReadOnly}), which selects
 * exactly the changesets it selected before.
 */
public class ReadOnlyCommandStep extends CrossCuttingStep {

    public ReadOnlyCommandStep() {
        super(CurrentRun.READ_ONLY_COMMANDS);
    }

    @Override
    public void validate(CommandScope commandScope) {
        String labels = commandScope.getArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG);
        if (labels == null || labels.isBlank()) {
            ChangeLogParameters parameters =
                    commandScope.getArgumentValue(DatabaseChangelogCommandStep.CHANGELOG_PARAMETERS);
            if (parameters != null && parameters.getLabels() != null) {
                labels = parameters.getLabels().toString();
            }
        }
        String marked = CurrentRun.markReadOnly(labels);
        commandScope.addArgumentValue(DatabaseChangelogCommandStep.LABEL_FILTER_ARG, marked);
        commandScope.addArgumentValue("labels", marked);
    }
}
