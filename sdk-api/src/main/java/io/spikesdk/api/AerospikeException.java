package io.spikesdk.api;

/**
 * The one unchecked exception of the SDK: a {@link ResultCode} plus where and how the command failed.
 *
 * <p>Instances are built by {@link #create}, which returns the subclass named after the meaning of the
 * code (for example {@link RecordExistsException} for {@link ResultCode#KEY_EXISTS_ERROR}). The message
 * reads {@code "<code name> (<code>): <detail>"}, followed by the node, the attempt count and the
 * in-doubt flag when they are known.
 */
public class AerospikeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ResultCode resultCode;
    private final String detail;
    private final String node;
    private final boolean inDoubt;
    private final int attempts;

    /**
     * Full constructor; prefer {@link #create}.
     *
     * @param resultCode the code; {@code null} means {@link ResultCode#CLIENT_ERROR}
     * @param detail what went wrong; {@code null} uses the code's own message
     * @param node the node that answered or failed, or {@code null}
     * @param inDoubt whether a write may have been applied despite the error
     * @param attempts how many times the command was sent (0 when never sent)
     * @param cause the underlying exception, or {@code null}
     */
    public AerospikeException(ResultCode resultCode, String detail, String node, boolean inDoubt, int attempts, Throwable cause) {
        super(format(codeOrDefault(resultCode), detail, node, inDoubt, attempts), cause);
        this.resultCode = codeOrDefault(resultCode);
        this.detail = detail != null ? detail : this.resultCode.message();
        this.node = node;
        this.inDoubt = inDoubt;
        this.attempts = Math.max(0, attempts);
    }

    /** An exception for {@code resultCode} with a detail message and nothing else known. */
    public AerospikeException(ResultCode resultCode, String detail) {
        this(resultCode, detail, null, false, 0, null);
    }

    /**
     * THE factory: the subclass matching {@code code} (or this class for codes without one).
     *
     * @param code the result code; {@code null} means {@link ResultCode#CLIENT_ERROR}
     * @param message the detail; {@code null} uses the code's own message
     * @param node the node name, or {@code null}
     * @param inDoubt whether a write may have been applied
     * @param attempts how many times the command was sent
     */
    public static AerospikeException create(ResultCode code, String message, String node, boolean inDoubt, int attempts) {
        return create(code, message, node, inDoubt, attempts, null);
    }

    /** Like {@link #create(ResultCode, String, String, boolean, int)}, with a cause. */
    public static AerospikeException create(ResultCode code, String message, String node, boolean inDoubt, int attempts,
                                            Throwable cause) {
        ResultCode rc = codeOrDefault(code);
        switch (rc) {
            case KEY_NOT_FOUND_ERROR:
                return new RecordNotFoundException(message, node, inDoubt, attempts, cause);
            case GENERATION_ERROR:
                return new GenerationMismatchException(message, node, inDoubt, attempts, cause);
            case PARAMETER_ERROR:
                return new ParameterException(message, node, inDoubt, attempts, cause);
            case KEY_EXISTS_ERROR:
                return new RecordExistsException(message, node, inDoubt, attempts, cause);
            case TIMEOUT:
                return new CommandTimeoutException(message, node, inDoubt, attempts, false, cause);
            case BIN_TYPE_ERROR:
                return new BinTypeException(message, node, inDoubt, attempts, cause);
            case RECORD_TOO_BIG:
                return new RecordTooBigException(message, node, inDoubt, attempts, cause);
            case KEY_BUSY:
                return new KeyBusyException(message, node, inDoubt, attempts, cause);
            case KEY_MISMATCH:
                return new KeyMismatchException(message, node, inDoubt, attempts, cause);
            case INVALID_NAMESPACE:
                return new InvalidNamespaceException(message, node, inDoubt, attempts, cause);
            case BIN_NAME_TOO_LONG:
                return new BinNameTooLongException(message, node, inDoubt, attempts, cause);
            case ELEMENT_NOT_FOUND:
                return new ElementNotFoundException(message, node, inDoubt, attempts, cause);
            case ELEMENT_EXISTS:
                return new ElementExistsException(message, node, inDoubt, attempts, cause);
            case OP_NOT_APPLICABLE:
                return new OpNotApplicableException(message, node, inDoubt, attempts, cause);
            case FILTERED_OUT:
                return new FilteredOutException(message, node, inDoubt, attempts, cause);
            case SERVER_NOT_AVAILABLE:
            case NO_MORE_CONNECTIONS:
                return new ConnectionException(rc, message, node, inDoubt, attempts, cause);
            case CLIENT_CLOSED:
                return new ClientClosedException(message, node, inDoubt, attempts, cause);
            case SERIALIZE_ERROR:
                return new SerializationException(message, node, inDoubt, attempts, cause);
            case UDF_BAD_RESPONSE:
                return new UdfException(rc, null, message, node, inDoubt, attempts, cause);
            default:
                if (AuthenticationException.isSecurityCode(rc)) {
                    return new AuthenticationException(rc, message, node, inDoubt, attempts, cause);
                }
                return new AerospikeException(rc, message, node, inDoubt, attempts, cause);
        }
    }

    /** The result code; never {@code null}. */
    public ResultCode resultCode() {
        return resultCode;
    }

    /**
     * The result code, as {@link #resultCode()}: the name users of the official client look for. (The official
     * client's returns an {@code int}; {@link ResultCode#code()} is that number.)
     */
    public ResultCode getResultCode() {
        return resultCode;
    }

    /** The detail part of the message, without the code prefix or node suffix. */
    public String detail() {
        return detail;
    }

    /** Whether a write may have completed on the server even though this error was raised. */
    public boolean inDoubt() {
        return inDoubt;
    }

    /**
     * Whether retrying the same command may succeed, as {@link ResultCode#retryable()} decides for
     * {@link #resultCode()}. Retrying a non-idempotent write that is {@link #inDoubt()} can apply it twice.
     */
    public boolean retryable() {
        return resultCode.retryable();
    }

    /** The node that answered or failed, or {@code null} when unknown. */
    public String node() {
        return node;
    }

    /** How many times the command was sent (0 when it never left the client). */
    public int attempts() {
        return attempts;
    }

    private static ResultCode codeOrDefault(ResultCode code) {
        return code != null ? code : ResultCode.CLIENT_ERROR;
    }

    private static String format(ResultCode code, String detail, String node, boolean inDoubt, int attempts) {
        StringBuilder sb = new StringBuilder(96);
        sb.append(code.name()).append(" (").append(code.code()).append("): ")
          .append(detail != null ? detail : code.message());
        boolean suffix = node != null || attempts > 1 || inDoubt;
        if (suffix) {
            sb.append(" [");
            String sep = "";
            if (node != null) {
                sb.append("node ").append(node);
                sep = ", ";
            }
            if (attempts > 1) {
                sb.append(sep).append(attempts).append(" attempts");
                sep = ", ";
            }
            if (inDoubt) {
                sb.append(sep).append("in doubt");
            }
            sb.append(']');
        }
        return sb.toString();
    }
}
