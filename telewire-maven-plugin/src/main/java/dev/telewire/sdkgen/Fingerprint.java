package dev.telewire.sdkgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** A SHA-256 over files and folders (by relative name and content), so any change in them shows. */
final class Fingerprint {
  private final MessageDigest digest;

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Fingerprint add(String label, byte[] content) {
    digest.update(label.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(Integer.toString(content.length).getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(content);
    return this;
  }

  /** Adds a file, or every file under a folder in a stable order; a missing path counts as absent. */
  Fingerprint add(Path path) {
    try {
      if (Files.isDirectory(path)) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
          files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
          add(path.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } else if (Files.isRegularFile(path)) {
        add(path.getFileName().toString(), Files.readAllBytes(path));
      } else {
        add(path.toString(), new byte[0]);
      }
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
