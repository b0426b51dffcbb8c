package org.onewindow.demo.control;

import org.onewindow.catalogue.Cooperation;
import org.onewindow.catalogue.FeeItem;
import org.onewindow.catalogue.FieldType;
import org.onewindow.catalogue.FormField;
import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.Countersign;
import org.onewindow.catalogue.RefusalRule;
import org.onewindow.catalogue.ReviewMode;
import org.onewindow.catalogue.ServiceItem.ItemDefinition;
import org.onewindow.catalogue.StageAction;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.organisation.Department;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.onewindow.calendar.TimeLimit.naturalDays;
import static org.onewindow.calendar.TimeLimit.workingDays;
import static org.onewindow.catalogue.ItemKind.INSTANT;
import static org.onewindow.catalogue.ItemKind.PARALLEL;
import static org.onewindow.catalogue.ItemKind.SINGLE_DEPARTMENT;
import static org.onewindow.organisation.StaffRole.DEPARTMENT_CLERK;
import static org.onewindow.organisation.StaffRole.DIRECTOR;
import static org.onewindow.organisation.StaffRole.SECTION_CHIEF;

/** A dozen real-looking items of a district catalogue, two of them parallel (联办). */
final class DemoCatalogue {

    private DemoCatalogue() {
    }

    static List<ItemDefinition> items(Map<String, Department> d) {
        FormField companyName = text("companyName", "企业名称", true, 100);
        FormField address = text("address", "经营场所地址", true, 200);
        FormField projectName = text("projectName", "项目名称", true, 100);
        FormField investment = new FormField("totalInvestment", "总投资（万元）", FieldType.NUMBER, true, 15, null);
        FormField floorArea = new FormField("floorArea", "建筑面积（平方米）", FieldType.NUMBER, true, 12, null);
        FormField openingDate = new FormField("openingDate", "计划开业日期", FieldType.DATE, false, 10, null);
        return List.of(
                new ItemDefinition("SCJ-001", "有限责任公司设立登记", SINGLE_DEPARTMENT,
                        "《中华人民共和国公司法》第二十九条；《中华人民共和国市场主体登记管理条例》第十九条",
                        "申请人为依法设立的有限责任公司全体股东指定的代表或共同委托的代理人",
                        workingDays(15), workingDays(3), d.get("TH-SCJ"), List.of(),
                        List.of(material("APPLY", "公司登记（备案）申请书", true), material("CHARTER", "公司章程", true),
                                material("SHAREHOLDER-ID", "股东主体资格证明或自然人身份证件复印件", true),
                                material("PREMISES", "住所使用证明", true), material("PROXY", "委托代理人证明", false)),
                        List.of(),
                        List.of(companyName, address, new FormField("registeredCapital", "注册资本（万元）", FieldType.NUMBER, true, 15, null),
                                text("businessScope", "经营范围", true, 1000))),
                new ItemDefinition("SCJ-002", "个体工商户设立登记", INSTANT,
                        "《促进个体工商户发展条例》；《中华人民共和国市场主体登记管理条例》第二十一条", null,
                        workingDays(3), workingDays(0), d.get("TH-SCJ"), List.of(),
                        List.of(material("APPLY", "个体工商户登记（备案）申请书", true), material("OPERATOR-ID", "经营者身份证件", true)),
                        List.of(), List.of(text("tradeName", "个体工商户名称", false, 60), address)),
                new ItemDefinition("SCJ-003", "食品经营许可证核发", SINGLE_DEPARTMENT,
                        "《中华人民共和国食品安全法》第三十五条；《食品经营许可和备案管理办法》", "已取得营业执照",
                        workingDays(10), workingDays(5), d.get("TH-SCJ"), List.of(),
                        List.of(material("APPLY", "食品经营许可申请书", true), material("LAYOUT", "经营场所平面图及设备布局图", true),
                                material("SAFETY-RULES", "食品安全管理制度", true)),
                        List.of(), List.of(companyName, address))
                        .withStages(threeStages(d.get("TH-SCJ"), 5, false), ReviewMode.NOTIFY, RefusalRule.LEAD_DECIDES),
                new ItemDefinition("SCJ-004", "营业执照补领", INSTANT,
                        "《中华人民共和国市场主体登记管理条例实施细则》第六十一条", null,
                        workingDays(3), workingDays(0), d.get("TH-SCJ"), List.of(),
                        List.of(material("APPLY", "营业执照补领申请书", true)), List.of(), List.of(companyName)),
                new ItemDefinition("BL-001", "开办餐饮企业联办（一件事）", PARALLEL,
                        "《国务院关于加快推进政务服务“跨省通办”的指导意见》；《广东省“一件事”集成服务实施方案》",
                        "申请人已完成企业名称自主申报",
                        workingDays(20), workingDays(15), d.get("TH-SCJ"),
                        List.of(new Cooperation(d.get("TH-STJ"), workingDays(10)), new Cooperation(d.get("TH-XFJ"), workingDays(10)),
                                new Cooperation(d.get("TH-CGJ"), workingDays(7)), new Cooperation(d.get("TH-WJJ"), workingDays(10))),
                        List.of(material("APPLY", "餐饮企业开办一件事申请表（统一登记表）", true),
                                material("LAYOUT", "经营场所平面图及设备布局图", true),
                                material("EIA-FORM", "建设项目环境影响登记表", true),
                                material("FIRE-SELF-CHECK", "公众聚集场所消防安全承诺书", true),
                                material("SIGN-DESIGN", "户外招牌设置效果图", false),
                                material("HEALTH-CERT", "从业人员健康证明", true)),
                        List.of(fee("SIGN-FEE", "户外招牌设置审核费", "0.00", "2018年起停征")),
                        List.of(companyName, address, floorArea, new FormField("seats", "就餐座位数", FieldType.NUMBER, true, 5, null),
                                openingDate))
                        .withStages(concat(threeStages(d.get("TH-STJ"), 10, true), threeStages(d.get("TH-XFJ"), 10, false),
                                threeStages(d.get("TH-CGJ"), 7, false), threeStages(d.get("TH-WJJ"), 10, false)),
                                ReviewMode.NOTIFY, RefusalRule.LEAD_DECIDES),
                new ItemDefinition("BL-002", "社会投资建设工程项目联合审批", PARALLEL,
                        "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）",
                        "项目已完成立项备案并取得用地", workingDays(40), workingDays(30), d.get("TH-FGJ"),
                        List.of(new Cooperation(d.get("TH-GHZ"), workingDays(20)), new Cooperation(d.get("TH-STJ"), workingDays(20)),
                                new Cooperation(d.get("TH-ZJJ"), workingDays(15)), new Cooperation(d.get("TH-XFJ"), workingDays(15)),
                                new Cooperation(d.get("TH-RFB"), workingDays(10))),
                        List.of(material("APPLY", "工程建设项目联合审批申请表", true),
                                material("FILING", "企业投资项目备案证", true), material("LAND", "不动产权证书或土地出让合同", true),
                                material("DESIGN", "建设工程设计方案总平面图", true), material("EIA", "环境影响报告表", true),
                                material("FIRE-DESIGN", "消防设计文件", true), material("CIVIL-DEFENCE", "人防工程设计文件", false)),
                        List.of(fee("CIVIL-DEFENCE-FEE", "防空地下室易地建设费", "0.00", "按粤发改价格〔2017〕号文件核定，本项目免缴")),
                        List.of(projectName, investment, floorArea, text("location", "建设地点", true, 200)))
                        .withStages(concat(threeStages(d.get("TH-GHZ"), 20, false), threeStages(d.get("TH-STJ"), 20, false),
                                threeStages(d.get("TH-ZJJ"), 15, false), threeStages(d.get("TH-XFJ"), 15, false),
                                threeStages(d.get("TH-RFB"), 10, false)),
                                ReviewMode.JOINT_REVIEW, RefusalRule.REFUSE_APPLICATION),
                new ItemDefinition("FGJ-001", "企业投资项目备案", SINGLE_DEPARTMENT,
                        "《企业投资项目核准和备案管理条例》第十三条", null, workingDays(5), workingDays(2), d.get("TH-FGJ"), List.of(),
                        List.of(material("APPLY", "企业投资项目备案申请表", true), material("LICENCE", "营业执照", true)),
                        List.of(), List.of(projectName, investment)),
                new ItemDefinition("ZJJ-001", "建筑工程施工许可证核发", SINGLE_DEPARTMENT,
                        "《中华人民共和国建筑法》第七条、第八条；《建筑工程施工许可管理办法》", "已取得建设工程规划许可证",
                        workingDays(7), workingDays(3), d.get("TH-ZJJ"), List.of(),
                        List.of(material("APPLY", "建筑工程施工许可申请表", true), material("PLANNING", "建设工程规划许可证", true),
                                material("CONTRACT", "施工合同", true), material("FUNDS", "建设资金落实承诺书", true)),
                        List.of(), List.of(projectName, floorArea)),
                new ItemDefinition("WJJ-001", "公共场所卫生许可", SINGLE_DEPARTMENT,
                        "《公共场所卫生管理条例》第八条", null, workingDays(20), workingDays(10), d.get("TH-WJJ"), List.of(),
                        List.of(material("APPLY", "公共场所卫生许可申请表", true), material("LAYOUT", "场所平面布局图", true),
                                material("TEST-REPORT", "卫生检测报告", true)),
                        List.of(), List.of(companyName, address)),
                new ItemDefinition("CGJ-001", "户外广告设施设置许可", SINGLE_DEPARTMENT,
                        "《广州市户外广告和招牌设置管理办法》第十五条", null, workingDays(20), workingDays(10), d.get("TH-CGJ"),
                        List.of(),
                        List.of(material("APPLY", "户外广告设施设置申请表", true), material("DESIGN", "设计效果图", true),
                                material("SAFETY", "安全检测报告", true)),
                        List.of(), List.of(companyName, address, text("dimensions", "设施规格（长×宽，米）", true, 50))),
                new ItemDefinition("STJ-001", "建设项目环境影响报告表审批", SINGLE_DEPARTMENT,
                        "《中华人民共和国环境影响评价法》第二十二条", null, naturalDays(30), naturalDays(20), d.get("TH-STJ"),
                        List.of(),
                        List.of(material("APPLY", "建设项目环境影响评价文件报批申请书", true), material("REPORT", "环境影响报告表", true)),
                        List.of(), List.of(projectName, investment, text("location", "建设地点", true, 200))),
                new ItemDefinition("GAJ-001", "旅馆业特种行业许可证核发", SINGLE_DEPARTMENT,
                        "《旅馆业治安管理办法》第四条", "已取得营业执照且经消防安全检查合格",
                        workingDays(20), workingDays(10), d.get("TH-GAJ"), List.of(),
                        List.of(material("APPLY", "特种行业许可证申请登记表", true), material("LICENCE", "营业执照", true),
                                material("FIRE", "消防安全检查合格证明", true), material("PLAN", "旅馆平面图", true)),
                        List.of(), List.of(companyName, address, new FormField("rooms", "客房数", FieldType.NUMBER, true, 5, null))),
                new ItemDefinition("GHZ-001", "建设工程规划许可证核发", SINGLE_DEPARTMENT,
                        "《中华人民共和国城乡规划法》第四十条", null, workingDays(20), workingDays(10), d.get("TH-GHZ"), List.of(),
                        List.of(material("APPLY", "建设工程规划许可申请表", true), material("LAND", "土地权属证明", true),
                                material("DESIGN", "建设工程设计方案", true)),
                        List.of(fee("PLAN-FEE", "规划许可工本费", "0.00", "依法免收")), List.of(projectName, floorArea)));
    }

    /**
     * 受理审查 (clerk) → 审核 (section chief; countersigned by all of them where asked) → 审定 (director), sharing the
     * department's limit; only the director may refuse, the clerk may ask for a supplement, every stage may suspend.
     */
    private static List<StageDefinition> threeStages(Department department, int workingDayLimit, boolean countersignedReview) {
        int later = workingDayLimit / 3;
        return List.of(
                new StageDefinition(department, "受理审查", DEPARTMENT_CLERK, workingDays(workingDayLimit - 2 * later), Countersign.NONE,
                        EnumSet.of(StageAction.HAND_OVER, StageAction.REQUEST_SUPPLEMENT, StageAction.SUSPEND)),
                new StageDefinition(department, "审核", SECTION_CHIEF, workingDays(later),
                        countersignedReview ? Countersign.ALL : Countersign.NONE,
                        EnumSet.of(StageAction.RETURN, StageAction.HAND_OVER, StageAction.SUSPEND)),
                new StageDefinition(department, "审定", DIRECTOR, workingDays(later), Countersign.NONE,
                        EnumSet.of(StageAction.RETURN, StageAction.HAND_OVER, StageAction.SUSPEND, StageAction.REFUSE)));
    }

    @SafeVarargs
    private static List<StageDefinition> concat(List<StageDefinition>... plans) {
        return Arrays.stream(plans).flatMap(List::stream).toList();
    }

    private static FormField text(String key, String label, boolean required, int maxLength) {
        return new FormField(key, label, FieldType.TEXT, required, maxLength, null);
    }

    private static MaterialRequirement material(String code, String name, boolean mandatory) {
        return new MaterialRequirement(code, name, mandatory);
    }

    private static FeeItem fee(String code, String name, String amount, String basis) {
        return new FeeItem(code, name, new BigDecimal(amount), basis);
    }
}
