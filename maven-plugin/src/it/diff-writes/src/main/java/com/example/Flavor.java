package com.example;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

@Table(pk = "id")
public record Flavor(String id, @Size(max = 80) String name, @Nullable Integer rating) {}
