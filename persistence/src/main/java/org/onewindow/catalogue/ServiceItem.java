package org.onewindow.catalogue;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.StaffRole;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An approval matter of the catalogue (事项), in one published version. A change is published as a
 * new version; running applications keep pointing at the version they were submitted under.
 */
@Entity
@Cacheable
public class ServiceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "service_item_seq")
    @SequenceGenerator(name = "service_item_seq", sequenceName = "service_item_seq", allocationSize = 50)
    private Long id;

    private String code;

    private int itemVersion;

    private boolean currentVersion;

    private String name;

    @Enumerated(EnumType.STRING)
    private ItemKind kind;

    private String legalBasis;

    private String conditions;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "legal_limit_amount")),
            @AttributeOverride(name = "unit", column = @Column(name = "legal_limit_unit"))})
    private TimeLimit legalLimit;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "promised_limit_amount")),
            @AttributeOverride(name = "unit", column = @Column(name = "promised_limit_unit"))})
    private TimeLimit promisedLimit;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department leadDepartment;

    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "item_cooperation", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "list_index")
    private List<Cooperation> cooperations = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "item_material", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "list_index")
    private List<MaterialRequirement> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "item_fee", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "list_index")
    private List<FeeItem> fees = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "item_form_field", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "list_index")
    private List<FormField> formFields = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "item_stage", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "list_index")
    private List<StageDefinition> stages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    private ReviewMode reviewMode;

    @Enumerated(EnumType.STRING)
    private RefusalRule refusalRule;

    @Version
    private int version;

    protected ServiceItem() {
        // for JPA
    }

    /** A first or next version; the catalogue decides the version number. */
    public ServiceItem(ItemDefinition definition, int itemVersion, Instant publishedAt) {
        ItemDefinition checked = Objects.requireNonNull(definition, "definition");
        checked.check();
        this.code = checked.code();
        this.itemVersion = itemVersion;
        this.currentVersion = true;
        this.name = checked.name();
        this.kind = checked.kind();
        this.legalBasis = checked.legalBasis();
        this.conditions = checked.conditions();
        this.legalLimit = checked.legalLimit();
        this.promisedLimit = checked.promisedLimit();
        this.leadDepartment = checked.leadDepartment();
        this.cooperations.addAll(checked.cooperations());
        this.materials.addAll(checked.materials());
        this.fees.addAll(checked.fees());
        this.formFields.addAll(checked.formFields());
        this.stages.addAll(checked.stages());
        this.reviewMode = checked.reviewMode();
        this.refusalRule = checked.refusalRule();
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
    }

    /** A newer version has been published; this one stays for the applications submitted under it. */
    public void supersede() {
        this.currentVersion = false;
    }

    public Optional<MaterialRequirement> material(String materialCode) {
        return materials.stream().filter(m -> m.code().equals(materialCode)).findFirst();
    }

    public boolean isParallel() {
        return kind == ItemKind.PARALLEL;
    }

    /** The cooperation of a department on this item, if it is one of the item's cooperating departments. */
    public Optional<Cooperation> cooperation(Department department) {
        return cooperations.stream().filter(c -> c.department().code().equals(department.code())).findFirst();
    }

    /**
     * The stages a department works through on this item, in order. A department without defined
     * stages decides in one stage: its clerk (the lead department's window clerk) within its whole limit.
     */
    public List<StageDefinition> stagesOf(Department department, TimeLimit partLimit) {
        List<StageDefinition> defined = stages.stream().filter(s -> s.department().code().equals(department.code())).toList();
        if (!defined.isEmpty()) {
            return defined;
        }
        boolean lead = department.code().equals(leadDepartment.code());
        return List.of(StageDefinition.of(department, lead ? "审核办结" : "审批",
                lead ? StaffRole.WINDOW_CLERK : StaffRole.DEPARTMENT_CLERK,
                partLimit));
    }

    /**
     * The lead department's own time: all of the promised limit for a single-department item; for a
     * parallel item what the promised limit leaves after the slowest cooperating department.
     */
    public TimeLimit leadPartLimit() {
        int cooperating = cooperations.stream().filter(c -> c.timeLimit().unit() == promisedLimit.unit())
                .mapToInt(c -> c.timeLimit().amount()).max().orElse(0);
        return new TimeLimit(Math.max(0, promisedLimit.amount() - cooperating), promisedLimit.unit());
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int itemVersion() {
        return itemVersion;
    }

    public boolean isCurrentVersion() {
        return currentVersion;
    }

    public String name() {
        return name;
    }

    public ItemKind kind() {
        return kind;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String conditions() {
        return conditions;
    }

    public TimeLimit legalLimit() {
        return legalLimit;
    }

    public TimeLimit promisedLimit() {
        return promisedLimit;
    }

    public Department leadDepartment() {
        return leadDepartment;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Cooperation> cooperations() {
        return List.copyOf(cooperations);
    }

    public List<MaterialRequirement> materials() {
        return List.copyOf(materials);
    }

    public List<FeeItem> fees() {
        return List.copyOf(fees);
    }

    public List<FormField> formFields() {
        return List.copyOf(formFields);
    }

    public List<StageDefinition> stages() {
        return List.copyOf(stages);
    }

    public ReviewMode reviewMode() {
        return reviewMode;
    }

    public RefusalRule refusalRule() {
        return refusalRule;
    }

    /** Everything that defines an item, checked for consistency before it is published. */
    public record ItemDefinition(String code, String name, ItemKind kind, String legalBasis, String conditions,
                                 TimeLimit legalLimit, TimeLimit promisedLimit, Department leadDepartment,
                                 List<Cooperation> cooperations, List<MaterialRequirement> materials,
                                 List<FeeItem> fees, List<FormField> formFields, List<StageDefinition> stages,
                                 ReviewMode reviewMode, RefusalRule refusalRule) {

        public ItemDefinition {
            cooperations = List.copyOf(cooperations);
            materials = List.copyOf(materials);
            fees = List.copyOf(fees);
            formFields = List.copyOf(formFields);
            stages = stages == null ? List.of() : List.copyOf(stages);
            reviewMode = reviewMode == null ? ReviewMode.NOTIFY : reviewMode;
            refusalRule = refusalRule == null ? RefusalRule.LEAD_DECIDES : refusalRule;
        }

        /** An item whose departments each decide in one stage, worked separately, refusals decided by the lead department. */
        public ItemDefinition(String code, String name, ItemKind kind, String legalBasis, String conditions,
                              TimeLimit legalLimit, TimeLimit promisedLimit, Department leadDepartment,
                              List<Cooperation> cooperations, List<MaterialRequirement> materials,
                              List<FeeItem> fees, List<FormField> formFields) {
            this(code, name, kind, legalBasis, conditions, legalLimit, promisedLimit, leadDepartment, cooperations, materials,
                    fees, formFields, List.of(), ReviewMode.NOTIFY, RefusalRule.LEAD_DECIDES);
        }

        /** The same item with its departments' stages, review mode and refusal rule. */
        public ItemDefinition withStages(List<StageDefinition> newStages, ReviewMode newReviewMode, RefusalRule newRefusalRule) {
            return new ItemDefinition(code, name, kind, legalBasis, conditions, legalLimit, promisedLimit, leadDepartment,
                    cooperations, materials, fees, formFields, newStages, newReviewMode, newRefusalRule);
        }

        void check() {
            require(code != null && code.matches("[A-Z0-9-]{2,32}"), "an item code is 2 to 32 upper-case letters, digits or '-'");
            require(name != null && !name.isBlank(), "an item needs a name");
            require(kind != null, "an item needs a kind");
            require(legalBasis != null && !legalBasis.isBlank(), "an item needs its legal basis");
            require(legalLimit != null && promisedLimit != null, "an item needs a legal and a promised time limit");
            require(legalLimit.unit() != promisedLimit.unit() || promisedLimit.amount() <= legalLimit.amount(),
                    "the promised time limit cannot exceed the legal one");
            require(leadDepartment != null, "an item needs a lead department");
            require(kind != ItemKind.PARALLEL || !cooperations.isEmpty(), "a parallel item needs cooperating departments");
            require(kind == ItemKind.PARALLEL || cooperations.isEmpty(), "only a parallel item has cooperating departments");
            require(kind != ItemKind.INSTANT || promisedLimit.amount() == 0, "an instant item is decided at acceptance");
            require(cooperations.stream().map(c -> c.department().code()).distinct().count() == cooperations.size(),
                    "a department cooperates at most once on an item");
            require(cooperations.stream().noneMatch(c -> c.department().code().equals(leadDepartment.code())),
                    "the lead department does not cooperate on its own item");
            require(unique(materials.stream().map(MaterialRequirement::code).toList()), "material codes are unique");
            require(unique(formFields.stream().map(FormField::fieldKey).toList()), "form field keys are unique");
            checkStages();
        }

        private void checkStages() {
            require(kind != ItemKind.INSTANT || stages.isEmpty(), "an instant item has no stages");
            for (StageDefinition stage : stages) {
                String department = stage.department().code();
                boolean lead = department.equals(leadDepartment.code());
                require(lead || cooperations.stream().anyMatch(c -> c.department().code().equals(department)),
                        "stage " + stage.name() + " belongs to a department that does not work on the item: " + department);
                require(lead || stage.role() != StaffRole.WINDOW_CLERK,
                        "only the lead department's stages are handled by window clerks");
            }
            checkStageTime(leadDepartment.code(), promisedLimit);
            cooperations.forEach(c -> checkStageTime(c.department().code(), c.timeLimit()));
        }

        private void checkStageTime(String department, TimeLimit limit) {
            List<StageDefinition> own = stages.stream().filter(s -> s.department().code().equals(department)).toList();
            require(own.stream().allMatch(s -> s.timeLimit().unit() == limit.unit()),
                    "the stages of " + department + " count time in the same unit as its limit");
            require(own.stream().mapToInt(s -> s.timeLimit().amount()).sum() <= limit.amount(),
                    "the stages of " + department + " take longer together than its time limit of " + limit);
        }

        private static boolean unique(List<String> values) {
            return new HashSet<>(values).size() == values.size();
        }

        private static void require(boolean condition, String rule) {
            if (!condition) {
                throw new IllegalArgumentException("Invalid service item: " + rule);
            }
        }
    }
}
