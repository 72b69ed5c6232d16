package dev.ormdantic.benchmarks.contenders;

import dev.ormdantic.benchmarks.model.Item;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** The item table as a Hibernate entity: a mutable class with a no-argument constructor, as JPA requires. */
@Entity
@Table(
        name = "ormdantic_bench_items",
        indexes = {
            @Index(name = "ormdantic_bench_items_category_idx", columnList = "category"),
            @Index(name = "ormdantic_bench_items_score_idx", columnList = "score")
        })
public class ItemEntity {

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

    /** For Hibernate. */
    protected ItemEntity() {}

    /**
     * An entity with the values of a record.
     *
     * @param item the record
     */
    public ItemEntity(Item item) {
        this.id = item.id();
        this.category = item.category();
        this.name = item.name();
        this.score = item.score();
        this.payload = item.payload();
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
     * Changes the score, which the session writes at commit.
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
}
