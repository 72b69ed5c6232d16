package dev.ormdantic.benchmarks;

/** Opens one contender on a backend; the harness opens each once per backend and times it. */
public interface ContenderFactory {

    /**
     * The name in the results.
     *
     * @return the name
     */
    String id();

    /**
     * Opens the contender.
     *
     * @param target where to connect
     * @return the open contender
     * @throws NotApplicableException when it cannot run on the backend
     */
    Contender open(Target target) throws NotApplicableException;
}
