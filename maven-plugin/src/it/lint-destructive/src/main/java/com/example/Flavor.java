package com.example;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

@Table(pk = "id")
public record Flavor(String id, @Size(max = 80) String name) {}
