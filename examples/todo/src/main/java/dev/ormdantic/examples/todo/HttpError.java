package dev.ormdantic.examples.todo;

/**
 * A request the service refuses with a status of its own choosing: an unknown id (404), a body that is not what the
 * endpoint takes (400), a method the path does not take (405). Errors of the library are answered from their codes
 * instead (see {@link TodoService}).
 */
public final class HttpError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    /**
     * A refusal.
     *
     * @param status the HTTP status
     * @param message what is wrong, sent as {@code error}
     */
    public HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    /**
     * The HTTP status.
     *
     * @return the status
     */
    public int status() {
        return status;
    }

    /**
     * A 404 for a row that does not exist.
     *
     * @param what the kind of row, such as {@code task}
     * @param id its key
     * @return the error
     */
    public static HttpError notFound(String what, long id) {
        return new HttpError(404, what + " " + id + " not found");
    }

    /**
     * A 400 for a body or parameter that is not what the endpoint takes.
     *
     * @param message what is wrong
     * @return the error
     */
    public static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }
}
