package io.ccmlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import edu.hm.hafner.analysis.FileReaderFactory;
import edu.hm.hafner.analysis.Issue;
import edu.hm.hafner.analysis.Report;
import edu.hm.hafner.analysis.Severity;
import edu.hm.hafner.analysis.parser.CheckStyleParser;
import edu.hm.hafner.analysis.parser.violations.JUnitAdapter;
import edu.hm.hafner.analysis.parser.violations.SarifAdapter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The pipeline formats: each validates against the XSD of its shape and is read back by the
 * parsers Jenkins Warnings NG uses, with the same findings, files and lines.
 */
class ReportFormatsTest {
    /** How many findings examples/ gives today, from the JSON report: the formats must agree with it. */
    private static final int FINDINGS_IN_EXAMPLES = countFindings();

    private static int countFindings() {
        try {
            Cli.Run r = Cli.run("check", "--format", "json", Cli.copyOfExamples("formats-count").toString());
            int n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out()).path("summary").path("findings").asInt(-1);
            assertThat(n).isGreaterThan(20);
            return n;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path report(String format, String name) throws Exception {
        Path ex = Cli.copyOfExamples("formats-" + format);
        Path out = Path.of("target", "cli-test", "reports", name);
        Cli.Run r = Cli.run("check", "--format", format, "--output", out.toString(), ex.toString());
        assertThat(r.exit()).isEqualTo(1);
        return out;
    }

    private static void validate(Path xml, String xsd) throws Exception {
        URL schema = ReportFormatsTest.class.getResource("/xsd/" + xsd);
        assertThat(schema).isNotNull();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator()
                .validate(new StreamSource(xml.toFile())); // throws on the first violation
    }

    @Test
    void checkstyleXmlValidatesAndWarningsNgReadsEveryFinding() throws Exception {
        Path xml = report("checkstyle", "ccm-lint-result.xml");
        validate(xml, "checkstyle-result.xsd");
        Report issues = new CheckStyleParser().parse(new FileReaderFactory(xml));
        assertThat(issues.size()).isEqualTo(FINDINGS_IN_EXAMPLES);
        Issue ccm101 = issues.stream().filter(i -> i.getFileName().endsWith("s3-write/HarnessS3Write.json")).findFirst().orElseThrow();
        assertThat(ccm101.getLineStart()).isEqualTo(3);
        assertThat(ccm101.getColumnStart()).isEqualTo(5);
        assertThat(ccm101.getSeverity()).isEqualTo(Severity.ERROR);
        assertThat(ccm101.getType()).isEqualTo("CCM101");
        assertThat(ccm101.getMessage()).contains("ec2:DescribeRegions");
    }

    @Test
    void junitXmlValidatesAndHasOneFailurePerFinding() throws Exception {
        Path xml = report("junit", "ccm-lint-junit.xml");
        validate(xml, "junit-result.xsd");
        String text = Files.readString(xml);
        assertThat(text).contains("<testsuites name=\"ccm-lint\"").contains("failures=\"" + FINDINGS_IN_EXAMPLES + "\"")
                .containsPattern("<testsuite name=\"CCM101 describe-regions-missing\" tests=\"(\\d+)\" failures=\"\\1\"")
                // a rule without findings is one passing test case
                .contains("<testsuite name=\"CCM208 trust-principal-wildcard\" tests=\"1\" failures=\"0\"")
                .containsPattern("name=\"Role anyone can assume: no findings in \\d+ files\"");
        Report failures = new JUnitAdapter().parse(new FileReaderFactory(xml));
        assertThat(failures.size()).isEqualTo(FINDINGS_IN_EXAMPLES);
    }

    @Test
    void sarifIsReadByWarningsNg() throws Exception {
        Path sarif = report("sarif", "ccm-lint.sarif");
        Report issues = new SarifAdapter().parse(new FileReaderFactory(sarif));
        assertThat(issues.size()).isEqualTo(FINDINGS_IN_EXAMPLES);
        assertThat(issues.stream().map(Issue::getLineStart).toList()).contains(3, 13, 29);
    }

    @Test
    void githubAnnotationsEscapeAndCarryPositions() throws Exception {
        Path ex = Cli.copyOfExamples("formats-github");
        Cli.Run r = Cli.run("check", "--format", "github", ex.toString());
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(FINDINGS_IN_EXAMPLES + 1);
        String p = ex.toString().replace('\\', '/');
        assertThat(lines).contains("::error file=" + p + "/iam/connector-roles/s3-write/HarnessS3Write.json,line=3,col=5,endLine=3,endColumn=16,"
                + "title=CCM101 describe-regions-missing::connector role \"iam/connector-roles/s3-write\" does not allow ec2%3ADescribeRegions"
                .replace("ec2%3A", "ec2:") + " on \"*\" (checked HarnessS3Write.json); Harness needs it for every AWS connector");
        assertThat(lines).anyMatch(l -> l.startsWith("::warning file=") && l.contains("title=CCM108 policy-version::"));
        assertThat(lines.get(lines.size() - 1)).endsWith("fixable");
        assertThat(GithubReporterEscapes.property("a:b,c%d\ne")).isEqualTo("a%3Ab%2Cc%25d%0Ae");
    }

    /** Access to the escaping rules of the GitHub reporter. */
    static final class GithubReporterEscapes {
        static String property(String s) {
            return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A").replace(":", "%3A").replace(",", "%2C");
        }
    }
}
