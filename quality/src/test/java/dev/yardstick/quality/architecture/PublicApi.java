package dev.yardstick.quality.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The public API of the library modules: public types (nested ones inside public types) of the
 * packages that a module's {@code module-info} exports to everyone.
 */
final class PublicApi {

  private static final Map<Path, Set<String>> EXPORTS = new ConcurrentHashMap<>();

  /** Public types of exported packages. */
  static final DescribedPredicate<JavaClass> EXPORTED_AND_PUBLIC =
      new DescribedPredicate<>("are public types of exported packages") {
        @Override
        public boolean test(JavaClass c) {
          return isPublic(c) && exported(c);
        }
      };

  private PublicApi() {}

  private static boolean isPublic(JavaClass c) {
    if (!c.getModifiers().contains(JavaModifier.PUBLIC) || c.isAnonymousClass() || c.isLocalClass()) {
      return false;
    }
    Optional<JavaClass> enclosing = c.getEnclosingClass();
    return enclosing.isEmpty() || isPublic(enclosing.get());
  }

  private static boolean exported(JavaClass c) {
    Optional<Path> root = root(c);
    return root.isPresent() && EXPORTS.computeIfAbsent(root.get(), PublicApi::exports).contains(c.getPackageName());
  }

  /** The jar or class directory a class was imported from. */
  private static Optional<Path> root(JavaClass c) {
    return c.getSource()
        .map(
            source -> {
              URI uri = source.getUri();
              String s = uri.toString();
              if (s.startsWith("jar:")) {
                return Path.of(URI.create(s.substring(4, s.indexOf("!/"))));
              }
              Path file = Path.of(uri);
              int depth = c.getName().split("\\.").length; // package parts + the class file
              Path dir = file;
              for (int i = 0; i < depth; i++) {
                dir = dir.getParent();
              }
              return dir;
            });
  }

  /** The packages the module at {@code root} exports to everyone; none when it is no module. */
  private static Set<String> exports(Path root) {
    return ModuleFinder.of(root).findAll().stream()
        .map(ModuleReference::descriptor)
        .flatMap(d -> d.exports().stream())
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
  }
}
