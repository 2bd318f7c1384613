package liquibase.ext.syzygy.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import org.junit.jupiter.api.Test;

/** The SARIF output is valid against the official SARIF 2.1.0 JSON schema (vendored, see sarif/README.md). */
class SarifSchemaTest {

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static Set<ValidationMessage> validate(String sarif) throws Exception {
        return schema().validate(sarif, com.networknt.schema.InputFormat.JSON);
    }

    @Test
    void aPlanWithFindingsIsValidSarif() throws Exception {
        assertThat(validate(SarifPlanRenderer.render(SamplePlans.preDeployReport(true))))
                .isEmpty();
    }

    @Test
    void anEmptyPlanAndRunWideFindingsAreValidSarif() throws Exception {
        assertThat(validate(SarifPlanRenderer.render(PlanReport.of(SamplePlans.empty(), false))))
                .isEmpty();
        Finding runWide = new Finding(FindingCode.NO_STAGE_SELECTED, Severity.WARNING, Optional.empty(), "m", "h");
        String sarif = SarifPlanRenderer.render(
                PlanReport.of(new StagePlan(RunMode.CYCLE, List.of(), List.of(runWide)), false));
        assertThat(validate(sarif)).isEmpty();
    }

    @Test
    void theSchemaDoesRejectInvalidSarif() throws Exception {
        String broken = SarifPlanRenderer.render(SamplePlans.preDeployReport(false))
                .replace("\"startLine\": 21", "\"startLine\": 0")
                .replace(
                        "\"level\": \"error\",\n          \"message\"", "\"level\": \"fatal\",\n          \"message\"");
        assertThat(validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }
}
