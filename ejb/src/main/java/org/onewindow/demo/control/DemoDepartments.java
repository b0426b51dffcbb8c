package org.onewindow.demo.control;

import org.onewindow.organisation.DepartmentKind;

import java.util.List;

import static org.onewindow.organisation.DepartmentKind.COOPERATING;
import static org.onewindow.organisation.DepartmentKind.LEAD;

/** The departments of the demonstration: a district service centre and the bureaus behind its windows. */
final class DemoDepartments {

    record Row(String code, String name, DepartmentKind kind, String parent) {
    }

    static final List<Row> ROWS = List.of(
            new Row("TH-ZWB", "天河区政务服务数据管理局", LEAD, null),
            new Row("TH-DBK", "天河区政务服务数据管理局督办科", COOPERATING, "TH-ZWB"),
            new Row("TH-SCJ", "天河区市场监督管理局", LEAD, null),
            new Row("TH-FGJ", "天河区发展和改革局", LEAD, null),
            new Row("TH-ZJJ", "天河区住房和城乡建设局", LEAD, null),
            new Row("TH-WJJ", "天河区卫生健康局", LEAD, null),
            new Row("TH-CGJ", "天河区城市管理和综合执法局", LEAD, null),
            new Row("TH-GHZ", "广州市规划和自然资源局天河区分局", LEAD, null),
            new Row("TH-STJ", "广州市生态环境局天河分局", LEAD, null),
            new Row("TH-GAJ", "广州市公安局天河区分局", LEAD, null),
            new Row("TH-XFJ", "天河区消防救援大队", COOPERATING, null),
            new Row("TH-RFB", "天河区人民防空办公室", COOPERATING, null));

    private DemoDepartments() {
    }
}
