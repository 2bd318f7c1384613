package liquibase.ext.syzygy.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import liquibase.ext.syzygy.finding.Finding;
import liquibase.ext.syzygy.finding.FindingCode;
import liquibase.ext.syzygy.finding.Severity;
import liquibase.ext.syzygy.plan.PlanEntry;
import liquibase.ext.syzygy.plan.RunMode;
import liquibase.ext.syzygy.plan.StagePlan;
import org.junit.jupiter.api.Test;

/** Golden output of the CI formats (reviewed files under src/test/resources/golden/), and their escaping. */
class CiRenderersTest {

    static String golden(String name) throws IOException {
        try (InputStream in = CiRenderersTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void sarif() throws Exception {
        assertThat(SarifPlanRenderer.render(SamplePlans.preDeployReport(false)))
                .isEqualTo(golden("pre-deploy.sarif.json"));
    }

    @Test
    void github() throws Exception {
        assertThat(GithubPlanRenderer.render(SamplePlans.preDeployReport(false)))
                .isEqualTo(golden("pre-deploy.github.txt"));
    }

    @Test
    void junit() throws Exception {
        assertThat(JunitPlanRenderer.render(SamplePlans.preDeployReport(false)))
                .isEqualTo(golden("pre-deploy.junit.xml"));
        assertThat(JunitPlanRenderer.render(SamplePlans.preDeployReport(true)))
                .isEqualTo(golden("pre-deploy-show-ran.junit.xml"));
    }

    @Test
    void runWideFindingsHaveNoLocation() {
        Finding runWide = new Finding(
                FindingCode.NO_STAGE_SELECTED, Severity.WARNING, Optional.empty(), "50% done,\nreally:", "x");
        PlanReport report = PlanReport.of(new StagePlan(RunMode.CYCLE, List.of(), List.of(runWide)), false);

        assertThat(GithubPlanRenderer.render(report))
                .startsWith("::warning title=NO_STAGE_SELECTED::50%25 done,%0Areally: Fix: x\n");
        assertThat(JunitPlanRenderer.render(report))
                .contains(
                        "<testcase classname=\"stage-plan\" name=\"plan\">\n"
                                + "      <system-out>[NO_STAGE_SELECTED] warning: 50% done,&#10;really: Fix: x&#10;</system-out>")
                .contains("tests=\"1\" failures=\"0\"");
        assertThat(SarifPlanRenderer.render(report))
                .doesNotContain("\"locations\"")
                .contains("\"level\": \"warning\"");
    }

    @Test
    void escaping() {
        assertThat(GithubPlanRenderer.property("a:b,c%d\r\ne")).isEqualTo("a%3Ab%2Cc%25d%0D%0Ae");
        assertThat(XmlText.escape("<a & 'b' \"c\">\u0001\uD800x\uD83D\uDE00"))
                .isEqualTo("&lt;a &amp; &apos;b&apos; &quot;c&quot;&gt;\uFFFD\uFFFDx\uD83D\uDE00");
        assertThat(SarifPlanRenderer.uriReference("db/my changes/ä#1.xml")).isEqualTo("db/my%20changes/%C3%A4%231.xml");
        assertThat(new PlanReport(SamplePlans.empty(), Map.of(), false, "")
                        .annotatedPath(new liquibase.ext.syzygy.finding.SourceLocation("classpath:/db/a.xml", 3)))
                .isEqualTo("db/a.xml");
    }

    @Test
    void formatsAreNamedCaseInsensitively() {
        assertThat(PlanFormat.named("SARIF")).contains(PlanFormat.SARIF);
        assertThat(PlanFormat.named("yaml")).isEmpty();
        assertThat(PlanFormat.names()).isEqualTo("text, json, sarif, github or junit");
    }

    @Test
    void historyFindingsAreLeftOutOfCiReportsUnlessShowRanAsksForThem() {
        PlanReport plain = SamplePlans.preDeployReport(false);
        StagePlan plan = plain.plan();
        PlanEntry ran = plan.entries().get(2);
        Finding history = Finding.error(
                        FindingCode.AMBIGUOUS_STAGE, ran.changeSet().id(), "history-finding-text.", "Leave it.")
                .asWarning();
        List<Finding> findings = new ArrayList<>(plan.findings());
        findings.add(history);
        StagePlan withHistory = new StagePlan(plan.mode(), plan.entries(), findings);
        for (PlanFormat format : List.of(PlanFormat.SARIF, PlanFormat.GITHUB, PlanFormat.JUNIT)) {
            assertThat(format.render(new PlanReport(withHistory, plain.locations(), false, plain.sourcePrefix())))
                    .as("%s", format)
                    .isEqualTo(format.render(plain))
                    .doesNotContain("history-finding-text");
            assertThat(format.render(new PlanReport(withHistory, plain.locations(), true, plain.sourcePrefix())))
                    .as("%s --show-ran", format)
                    .contains("history-finding-text");
        }
        assertThat(PlanFormat.JSON.render(new PlanReport(withHistory, plain.locations(), false, "")))
                .as("json keeps every finding")
                .contains("history-finding-text");
    }
}
