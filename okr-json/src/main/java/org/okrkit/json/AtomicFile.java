package org.okrkit.json;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Objects;
import java.util.UUID;

/**
 * The one way OKR Kit writes a file (an OKR document, its outline, an HTML report): all or
 * nothing, through symbolic links, and safe for any file name.
 *
 * <ul>
 *   <li><b>Atomic.</b> The content goes to a temporary file beside the target, is forced to the
 *       disk, and only then replaces the target in one rename. A full disk, a failing content or
 *       a crash half-way leave the old file exactly as it was, and no temporary file behind.
 *   <li><b>Links followed.</b> Writing {@code link.json} that points to {@code real.json} replaces
 *       {@code real.json} and keeps the link; a dangling link creates the file it points to.
 *   <li><b>Permissions and owner kept.</b> The new file gets the POSIX permissions of the one it
 *       replaces, and its owner and group where this user may set them.
 *   <li><b>Read-only stays read-only.</b> A target this user may not write, or whose owner has no
 *       write permission, is refused, although replacing it by renaming would be possible.
 *   <li><b>Any name.</b> The temporary name is short whatever the target's (a 250-character name
 *       works); a target that is a directory, or has no file name ({@code /}), is a clear error.
 *   <li><b>Devices and pipes</b> ({@code /dev/stdout}) are written to directly: they cannot be
 *       replaced.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class AtomicFile {
  /** Hops after which a chain of symbolic links is taken for a loop, as the kernel does. */
  private static final int MAX_LINKS = 40;

  /** Characters of the target's name kept in the temporary name, so that it stays short. */
  private static final int NAME_PREFIX = 32;

  private AtomicFile() {}

  /** What to write: the bytes of the file, produced into a stream the writer owns. */
  @FunctionalInterface
  public interface Content {
    /**
     * Writes the whole content to {@code out}; the stream is closed by the caller. Throwing leaves
     * the target untouched.
     *
     * @param out the out
     * @throws IOException if the content cannot be produced or written
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes {@code content} to {@code target} as described in the class comment.
   *
   * @param target the target
   * @param content the content
   * @throws FileSystemException if the target is a directory or has no file name, is read-only,
   *     or is a loop of symbolic links
   * @throws IOException if the content cannot be written (a full disk, no permission in the
   *     folder); the target is then left as it was
   */
  public static void write(Path target, Content content) throws IOException {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
    Path file = followLinks(target);
    if (Files.isDirectory(file) || file.toAbsolutePath().getFileName() == null) {
      throw new FileSystemException(target.toString(), null, "is a directory");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // a device or a pipe cannot be renamed over: it is the destination itself
      try (OutputStream out = Files.newOutputStream(file)) {
        content.writeTo(out);
      }
      return;
    }
    if (Files.exists(file) && isReadOnly(file)) {
      throw new AccessDeniedException(target.toString(), null, "the file is read-only");
    }
    replace(file.toAbsolutePath(), content);
  }

  /**
   * True when this user may not write the file, or nobody may: a file whose owner has no write
   * permission stays unwritten even for a user (root) who could rename over it.
   */
  private static boolean isReadOnly(Path file) throws IOException {
    if (!Files.isWritable(file)) {
      return true;
    }
    return file.getFileSystem().supportedFileAttributeViews().contains("posix")
        && !Files.getPosixFilePermissions(file).contains(PosixFilePermission.OWNER_WRITE);
  }

  /** The file a chain of symbolic links ends at (which need not exist). */
  static Path followLinks(Path target) throws IOException {
    Path p = target;
    for (int hops = 0; Files.isSymbolicLink(p); hops++) {
      if (hops == MAX_LINKS) {
        throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
      }
      Path link = Files.readSymbolicLink(p);
      Path dir = p.toAbsolutePath().getParent();
      p = dir == null ? link : dir.resolve(link);
    }
    return p;
  }

  private static void replace(Path file, Content content) throws IOException {
    Path dir = Objects.requireNonNull(file.getParent(), "a file name has a parent");
    // Not createTempFile: its owner-only permissions would replace the file's own.
    Path temporary = dir.resolve("." + prefix(file) + "." + UUID.randomUUID() + ".tmp");
    boolean moved = false;
    try {
      try (SeekableByteChannel channel =
              Files.newByteChannel(
                  temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
          OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
        content.writeTo(out);
        out.flush();
        if (channel instanceof FileChannel fc) {
          // on the disk before the rename, so a crash cannot leave an empty file under the name
          fc.force(true);
        }
      }
      keepAttributes(file, temporary);
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // the first failure is the one to report; a stray temporary file is the lesser harm
        }
      }
    }
  }

  /** At most {@link #NAME_PREFIX} characters of the name, never half a surrogate pair. */
  private static String prefix(Path file) {
    String name = String.valueOf(file.getFileName());
    if (name.length() <= NAME_PREFIX) {
      return name;
    }
    int end = Character.isHighSurrogate(name.charAt(NAME_PREFIX - 1)) ? NAME_PREFIX - 1 : NAME_PREFIX;
    return name.substring(0, end);
  }

  /** Gives the new file the permissions, owner and group of the one it replaces. */
  private static void keepAttributes(Path existing, Path replacement) throws IOException {
    if (!Files.exists(existing)
        || !existing.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    PosixFileAttributes old =
        Files.readAttributes(existing, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    Files.setPosixFilePermissions(replacement, old.permissions());
    PosixFileAttributeView view =
        Files.getFileAttributeView(replacement, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.group().equals(old.group())) {
        view.setGroup(old.group());
      }
      if (!now.owner().equals(old.owner())) {
        view.setOwner(old.owner());
      }
    } catch (IOException | UnsupportedOperationException notAllowed) {
      // only the owner's privileges allow this; the file is still written, now owned by this user
    }
  }
}
