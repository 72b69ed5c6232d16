package dev.ormdantic.benchmarks.contenders.ebean;

import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.model.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The item table as an Ebean entity: a mutable class with a no-argument constructor, enhanced at build time by the
 * ebean-maven-plugin (only this package, see {@code META-INF/ebean.mf}).
 */
@Entity
@Table(name = "ormdantic_bench_items")
public class EbeanItem {

    @Id
    @Column(name = "id", length = 32, nullable = false)
    private String id = "";

    @Column(name = "category", length = 24, nullable = false)
    private String category = "";

    @Column(name = "name", length = 96, nullable = false)
    private String name = "";

    @Column(name = "score", nullable = false)
    private int score;

    @Column(name = "payload", length = 160, nullable = false)
    private String payload = "";

    /** For Ebean. */
    protected EbeanItem() {}

    /**
     * An entity with the values of a record.
     *
     * @param item the record
     */
    public EbeanItem(Item item) {
        this.id = item.id();
        this.category = item.category();
        this.name = item.name();
        this.score = item.score();
        this.payload = item.payload();
    }

    /**
     * The key.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The score.
     *
     * @return the score
     */
    public int score() {
        return score;
    }

    /**
     * Changes the score; the enhanced entity marks the property dirty, so an update writes only it.
     *
     * @param score the new score
     */
    public void setScore(int score) {
        this.score = score;
    }

    /**
     * The values as the benchmark's record.
     *
     * @return the record
     */
    public Item toItem() {
        return new Item(id, category, name, score, payload);
    }

    /**
     * The key and score, the columns the projection case selects.
     *
     * @return the pair
     */
    public IdScore toIdScore() {
        return new IdScore(id, score);
    }
}
