package io.heal.repair.validate;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources in memory (javax.tools) against a class path, keeping the class files in
 * memory. Not thread-safe: one compiler per repair run.
 */
public final class InMemoryCompiler implements AutoCloseable {

  private final JavaCompiler compiler;
  private final StandardJavaFileManager files;
  private final List<String> options;

  /**
   * A compiler for one class path.
   *
   * @param classpath class directories and jars the sources compile against
   */
  public InMemoryCompiler(List<Path> classpath) {
    compiler = ToolProvider.getSystemJavaCompiler();
    if (compiler == null) {
      throw new IllegalStateException(
          "javac: no system Java compiler; run Heal on a JDK, not a JRE");
    }
    files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
    StringBuilder cp = new StringBuilder();
    for (Path p : classpath) {
      cp.append(cp.length() == 0 ? "" : File.pathSeparator).append(p);
    }
    options = List.of("-classpath", cp.toString(), "-g", "-proc:none", "-implicit:none", "-nowarn");
  }

  /**
   * Compiles sources.
   *
   * @param sources source text by binary name of the top-level class
   * @return the class files, or the errors
   */
  public CompileResult compile(Map<String, String> sources) {
    List<JavaFileObject> units = new ArrayList<>();
    sources.forEach((name, text) -> units.add(new Source(name, text)));
    Map<String, ByteArrayOutputStream> out = new HashMap<>();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    ForwardingJavaFileManager<StandardJavaFileManager> manager =
        new ForwardingJavaFileManager<>(files) {
          @Override
          public JavaFileObject getJavaFileForOutput(
              Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
            return new SimpleJavaFileObject(
                URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
              @Override
              public OutputStream openOutputStream() {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                out.put(className, bytes);
                return bytes;
              }
            };
          }
        };
    boolean ok = compiler.getTask(null, manager, diagnostics, options, null, units).call();
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add("line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
      }
    }
    if (!ok && errors.isEmpty()) {
      errors.add("javac: compilation failed without a message");
    }
    Map<String, byte[]> classes = new HashMap<>();
    if (ok) {
      out.forEach((name, bytes) -> classes.put(name, bytes.toByteArray()));
    }
    return new CompileResult(classes, errors);
  }

  /**
   * Writes class files under a directory, in package folders.
   *
   * @param classes class files by binary name
   * @param dir the directory
   * @throws IOException when a file cannot be written
   */
  public static void write(Map<String, byte[]> classes, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> e : classes.entrySet()) {
      Path file = dir.resolve(e.getKey().replace('.', '/') + ".class");
      Files.createDirectories(file.getParent());
      Files.write(file, e.getValue());
    }
  }

  @Override
  public void close() throws IOException {
    files.close();
  }

  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String name, String text) {
      super(URI.create("string:///" + name.replace('.', '/') + ".java"), Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
