package io.ccmlint.core.rule;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes the {@link RuleIndex} of the rule classes being compiled. A rule jar names it among its
 * compiler's annotation processors (the rules module does); a jar built without it still works,
 * its declarations read by reflection.
 */
// every round, whatever it holds: the index must be written even by a compile without a rule
@SupportedAnnotationTypes("*")
public final class RuleIndexProcessor extends AbstractProcessor {
    /** Class name to index line, sorted so that the file is the same for the same classes. */
    private final TreeMap<String, String> lines = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (Element e : round.getElementsAnnotatedWith(RuleInfo.class)) {
            if (e instanceof TypeElement type) {
                String name = processingEnv.getElementUtils().getBinaryName(type).toString();
                lines.put(name, RuleIndex.line(name, type.getAnnotation(RuleInfo.class)));
            }
        }
        // written even when empty: an index left by an earlier compile must not outlive its classes
        if (round.processingOver()) {
            try (OutputStream out = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", RuleIndex.RESOURCE).openOutputStream()) {
                out.write((RuleIndex.HEADER + "\n" + String.join("", lines.values())).getBytes(StandardCharsets.UTF_8));
            } catch (IOException ex) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + RuleIndex.RESOURCE + ": " + ex);
            }
        }
        return false;
    }
}
