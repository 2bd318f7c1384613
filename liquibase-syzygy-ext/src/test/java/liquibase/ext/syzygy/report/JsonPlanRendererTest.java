package liquibase.ext.syzygy.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonPlanRendererTest {

    @Test
    void rendersTheDocumentedShape() {
        assertThat(JsonPlanRenderer.render(SamplePlans.preDeployReport(false)))
                .isEqualTo(
                        """
                        {
                          "formatVersion": 1,
                          "mode": "pre-deploy",
                          "changeSets": [
                            {
                              "id": "db/changelog.xml::1::alice",
                              "file": "db/changelog.xml",
                              "changeSetId": "1",
                              "author": "alice",
                              "sourceFile": "db/changelog.xml",
                              "line": 6,
                              "stage": "pre-deploy",
                              "origin": "inferred",
                              "reason": "all changes are pre-deploy (createTable)",
                              "action": "apply",
                              "ran": false,
                              "changes": [
                                {
                                  "type": "createTable",
                                  "stage": "pre-deploy",
                                  "reason": "creates a table old code does not use"
                                }
                              ]
                            },
                            {
                              "id": "db/changelog.xml::2::alice",
                              "file": "db/changelog.xml",
                              "changeSetId": "2",
                              "author": "alice",
                              "sourceFile": "db/changelog.xml",
                              "line": 11,
                              "stage": "post-deploy",
                              "origin": "inferred",
                              "reason": "all changes are post-deploy (dropTable)",
                              "action": "skip",
                              "ran": false,
                              "changes": [
                                {
                                  "type": "dropTable",
                                  "stage": "post-deploy",
                                  "reason": "drops a table old code may still use"
                                }
                              ]
                            },
                            {
                              "id": "db/changelog.xml::4::alice",
                              "file": "db/changelog.xml",
                              "changeSetId": "4",
                              "author": "alice",
                              "sourceFile": "db/changelog.xml",
                              "line": 21,
                              "stage": null,
                              "origin": "none",
                              "reason": "it mixes pre-deploy and post-deploy changes",
                              "action": "blocked",
                              "ran": false,
                              "changes": [
                                {
                                  "type": "createTable",
                                  "stage": "pre-deploy",
                                  "reason": "creates a table old code does not use"
                                },
                                {
                                  "type": "dropTable",
                                  "stage": "post-deploy",
                                  "reason": "drops a table old code may still use"
                                }
                              ]
                            }
                          ],
                          "findings": [
                            {
                              "code": "AMBIGUOUS_STAGE",
                              "severity": "error",
                              "changeSet": "db/changelog.xml::4::alice",
                              "stage": null,
                              "file": "db/changelog.xml",
                              "line": 21,
                              "message": "it mixes \\"pre-deploy\\" and post-deploy changes.",
                              "hint": "Split the changeset."
                            }
                          ],
                          "summary": {
                            "errors": 1,
                            "warnings": 0,
                            "apply": 1,
                            "skip": 1
                          }
                        }
                        """);
    }

    @Test
    void withoutLocationsEveryChangeSetIsAtLineOneOfItsFile() {
        assertThat(JsonPlanRenderer.render(SamplePlans.preDeploy(), false))
                .contains("\"sourceFile\": \"db/changelog.xml\",\n      \"line\": 1,\n")
                .doesNotContain("\"line\": 6");
    }

    @Test
    void ranChangeSetsAreIncludedWithShowRan() {
        assertThat(JsonPlanRenderer.render(SamplePlans.preDeploy(), true))
                .contains("\"action\": \"ran\",\n      \"ran\": true,\n      \"changes\": [\n        {\n"
                        + "          \"type\": \"createTable\",\n          \"stage\": null,\n"
                        + "          \"reason\": null\n");
    }

    @Test
    void rendersAnEmptyPlan() {
        assertThat(JsonPlanRenderer.render(SamplePlans.empty(), false))
                .isEqualTo(
                        """
                        {
                          "formatVersion": 1,
                          "mode": "cycle",
                          "changeSets": [],
                          "findings": [],
                          "summary": {
                            "errors": 0,
                            "warnings": 0,
                            "apply": 0,
                            "skip": 0
                          }
                        }
                        """);
    }
}
