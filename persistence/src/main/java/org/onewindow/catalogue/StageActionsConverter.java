package org.onewindow.catalogue;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A stage's permitted actions in one column, as names separated by commas. */
@Converter
public class StageActionsConverter implements AttributeConverter<Set<StageAction>, String> {

    @Override
    public String convertToDatabaseColumn(Set<StageAction> actions) {
        return actions == null ? "" : actions.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    @Override
    public Set<StageAction> convertToEntityAttribute(String column) {
        EnumSet<StageAction> actions = EnumSet.noneOf(StageAction.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::strip).map(StageAction::valueOf).forEach(actions::add);
        }
        return actions;
    }
}
