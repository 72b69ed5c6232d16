package dev.ormdantic.jpms;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.jpms.json.Nutrition;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * An ice-cream flavor.
 *
 * @param id the key
 * @param name the name, 2 to 80 characters
 * @param rating how good it is
 * @param nutrition stored as JSON: Jackson reads a record of this module back
 * @param tags stored as JSON
 */
@Table(pk = "id")
public record Flavor(
        String id, @Size(min = 2, max = 80) String name, int rating, Nutrition nutrition, List<String> tags) {}
