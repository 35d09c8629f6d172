package org.osdkit.sites.controlfile;

/**
 * Something in a site control file osdkit could not understand; a file with any problem is still
 * read, but never written back.
 *
 * @param line    1-based line number (0 for the file as a whole)
 * @param message what is wrong there
 */
public record ScfProblem(int line, String message) {

    @Override
    public String toString() {
        return line == 0 ? message : "line " + line + ": " + message;
    }
}
