package liquibase.ext.syzygy.validation;

import java.util.List;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.visitor.ValidatingVisitor;
import liquibase.changelog.visitor.ValidatingVisitorGenerator;

/**
 * Plugs the stage checks into Liquibase's own changelog validation, which every command runs before it takes the
 * lock or applies anything; a failed check therefore stops the run with nothing applied.
 *
 * <p>Priority 50 outranks core (1) and liquibase-commercial's generator (10 when licensed and strict).
 */
public class StageValidatingVisitorGenerator implements ValidatingVisitorGenerator {

    @Override
    public int getPriority() {
        return 50;
    }

    @Override
    public ValidatingVisitor generateValidatingVisitor(List<RanChangeSet> ranChangeSetList) {
        return new StageValidatingVisitor(ranChangeSetList);
    }
}
