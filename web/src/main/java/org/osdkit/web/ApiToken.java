package org.osdkit.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import org.osdkit.core.OsdkitException;

/**
 * The dashboard's API token: one per workspace, in {@code web-token} beside the database. The file
 * keeps only the token's SHA-256, so the token itself is shown once, when it is created or rotated;
 * the file is readable by its owner only (0600), and a file others can read is refused.
 */
public final class ApiToken {

    static final String FILE_NAME = "web-token";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path file;

    private ApiToken(Path file) {
        this.file = file;
    }

    /** The token of the workspace at {@code workspace} (which may not have one yet). */
    public static ApiToken in(Path workspace) {
        return new ApiToken(workspace.resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /** Creates the token when the workspace has none and returns its text (the only time it is known); empty when one exists. */
    public Optional<String> createIfMissing() {
        if (Files.exists(file)) {
            fingerprint();
            return Optional.empty();
        }
        String token = newToken();
        Path written = writeOwnerOnly(token);
        try {
            // A hard link never replaces an existing file: of two first starts at once, one token wins and the other start uses it.
            Files.createLink(file, written);
            return Optional.of(token);
        } catch (FileAlreadyExistsException e) {
            fingerprint();
            return Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of(moveInto(written, token));
        } finally {
            deleteQuietly(written);
        }
    }

    /** Replaces the token (sessions signed in with the old one end) and returns the new token's text. */
    public String rotate() {
        String token = newToken();
        return moveInto(writeOwnerOnly(token), token);
    }

    /** True when {@code presented} is the current token; the file is read on every call, so a rotation takes effect at once. */
    boolean matches(String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(fingerprint().getBytes(StandardCharsets.US_ASCII), hash(presented.strip()).getBytes(StandardCharsets.US_ASCII));
    }

    /** The stored hash, after checking that only the owner can read the file. */
    String fingerprint() {
        try {
            checkOwnerOnly();
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (!text.startsWith("sha256:")) {
                throw new OsdkitException(WebErrors.TOKEN_UNREADABLE, file + " does not hold an osdkit API token.",
                        "Run 'osdkit web token --rotate' to make a new one.");
            }
            return text;
        } catch (NoSuchFileException e) {
            throw new OsdkitException(WebErrors.TOKEN_UNREADABLE, "The API token file " + file + " is missing.",
                    "Run 'osdkit web token --rotate' to make a new one.", e);
        } catch (IOException e) {
            throw new OsdkitException(WebErrors.TOKEN_UNREADABLE, "Cannot read the API token file " + file + ": " + e.getMessage(), null, e);
        }
    }

    private void checkOwnerOnly() throws IOException {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            // Not a POSIX file system (Windows): the workspace folder's ACL is the protection there; nothing to compare with 0600.
            return;
        }
        Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new OsdkitException(WebErrors.TOKEN_PERMISSIONS, "The API token file " + file + " is readable by others ("
                    + PosixFilePermissions.toString(permissions) + "); it must be owner-only (rw-------).",
                    "Run 'chmod 600 " + file + "', or 'osdkit web token --rotate' to replace the token.");
        }
    }

    private Path writeOwnerOnly(String token) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
            if (Files.getFileStore(file.getParent()).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } else {
                Files.createFile(tmp);
            }
            Files.writeString(tmp, hash(token) + "\n", StandardCharsets.US_ASCII);
            return tmp;
        } catch (IOException e) {
            throw new OsdkitException(WebErrors.TOKEN_UNREADABLE, "Cannot write the API token file " + file + ": " + e.getMessage(), null, e);
        }
    }

    private String moveInto(Path written, String token) {
        try {
            Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return token;
        } catch (IOException e) {
            deleteQuietly(written);
            throw new OsdkitException(WebErrors.TOKEN_UNREADABLE, "Cannot write the API token file " + file + ": " + e.getMessage(), null, e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "osdk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a left-over temporary file holds only a hash, owner-only
        }
    }
}
