package dev.ormdantic.spring.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application the starter's tests start. */
@SpringBootApplication
public class StarterApp {

    /** Creates the application; Spring does. */
    public StarterApp() {}
}
