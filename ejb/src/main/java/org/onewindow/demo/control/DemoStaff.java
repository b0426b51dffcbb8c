package org.onewindow.demo.control;

import org.onewindow.organisation.StaffRole;

import java.util.List;
import java.util.Set;

import static org.onewindow.organisation.StaffRole.ADMINISTRATOR;
import static org.onewindow.organisation.StaffRole.DEPARTMENT_CLERK;
import static org.onewindow.organisation.StaffRole.DIRECTOR;
import static org.onewindow.organisation.StaffRole.INTEGRATOR;
import static org.onewindow.organisation.StaffRole.LEADER;
import static org.onewindow.organisation.StaffRole.SECTION_CHIEF;
import static org.onewindow.organisation.StaffRole.SUPERVISOR;
import static org.onewindow.organisation.StaffRole.WINDOW_CLERK;

/** Demo accounts, one or more for every role; all share {@link DemoData#PASSWORD}. */
final class DemoStaff {

    record Row(String username, String fullName, String department, Set<StaffRole> roles, String phone) {
    }

    static final List<Row> ROWS = List.of(
            new Row("admin", "系统管理员", "TH-ZWB", Set.of(ADMINISTRATOR), "020-38620001"),
            new Row("zhao.min", "赵敏", "TH-ZWB", Set.of(LEADER), "13800000001"),
            new Row("sun.li", "孙丽", "TH-DBK", Set.of(SUPERVISOR), "13800000002"),
            new Row("wang.fang", "王芳", "TH-SCJ", Set.of(WINDOW_CLERK), "13800000003"),
            new Row("zhou.qiang", "周强", "TH-SCJ", Set.of(WINDOW_CLERK), "13800000004"),
            new Row("li.na", "李娜", "TH-FGJ", Set.of(WINDOW_CLERK), "13800000005"),
            new Row("huang.lei", "黄磊", "TH-ZJJ", Set.of(WINDOW_CLERK), "13800000006"),
            new Row("wu.jing", "吴静", "TH-SCJ", Set.of(DEPARTMENT_CLERK), "13800000007"),
            new Row("zheng.hao", "郑浩", "TH-SCJ", Set.of(SECTION_CHIEF), "13800000008"),
            new Row("feng.jun", "冯军", "TH-SCJ", Set.of(DIRECTOR), "13800000009"),
            new Row("zhang.wei", "张伟", "TH-STJ", Set.of(DEPARTMENT_CLERK), "13800000010"),
            new Row("liu.yang", "刘洋", "TH-STJ", Set.of(SECTION_CHIEF), "13800000011"),
            new Row("chen.jie", "陈杰", "TH-STJ", Set.of(DIRECTOR), "13800000012"),
            new Row("yang.fan", "杨帆", "TH-XFJ", Set.of(DEPARTMENT_CLERK), "13800000013"),
            new Row("he.xin", "何欣", "TH-CGJ", Set.of(DEPARTMENT_CLERK), "13800000014"),
            new Row("lin.tao", "林涛", "TH-WJJ", Set.of(DEPARTMENT_CLERK), "13800000015"),
            new Row("guo.ping", "郭平", "TH-GHZ", Set.of(DEPARTMENT_CLERK), "13800000016"),
            // section chiefs and directors, so every cooperating department of the parallel items works three stages
            new Row("lv.ting", "吕婷", "TH-STJ", Set.of(SECTION_CHIEF), "13800000017"),
            new Row("xu.ming", "徐明", "TH-XFJ", Set.of(SECTION_CHIEF), "13800000018"),
            new Row("ma.lin", "马林", "TH-XFJ", Set.of(DIRECTOR), "13800000019"),
            new Row("zhu.hong", "朱红", "TH-CGJ", Set.of(SECTION_CHIEF), "13800000020"),
            new Row("hu.bin", "胡斌", "TH-CGJ", Set.of(DIRECTOR), "13800000021"),
            new Row("gao.yan", "高燕", "TH-WJJ", Set.of(SECTION_CHIEF), "13800000022"),
            new Row("luo.jian", "罗建", "TH-WJJ", Set.of(DIRECTOR), "13800000023"),
            new Row("liang.yu", "梁宇", "TH-GHZ", Set.of(SECTION_CHIEF), "13800000024"),
            new Row("song.jia", "宋佳", "TH-GHZ", Set.of(DIRECTOR), "13800000025"),
            new Row("tang.lei", "唐磊", "TH-ZJJ", Set.of(DEPARTMENT_CLERK), "13800000026"),
            new Row("han.mei", "韩梅", "TH-ZJJ", Set.of(SECTION_CHIEF), "13800000027"),
            new Row("cao.gang", "曹刚", "TH-ZJJ", Set.of(DIRECTOR), "13800000028"),
            new Row("xie.na", "谢娜", "TH-RFB", Set.of(DEPARTMENT_CLERK), "13800000029"),
            new Row("deng.chao", "邓超", "TH-RFB", Set.of(SECTION_CHIEF), "13800000030"),
            new Row("peng.wei", "彭伟", "TH-RFB", Set.of(DIRECTOR), "13800000031"),
            // another government portal that submits and follows applications through the integration API
            new Row("integrator.demo", "广东政务服务网（对接系统）", "TH-ZWB", Set.of(INTEGRATOR), "020-38620002"));

    private DemoStaff() {
    }
}
