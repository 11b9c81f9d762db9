package dev.yardstick.samples.company;

import dev.yardstick.core.domain.Subject;
import dev.yardstick.rules.kpi.catalog.EcommerceRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample company's six teams and forty employees, covering the five functional modules and
 * the eight roles of the e-commerce catalog.
 *
 * <pre>{@code
 * Employee li = Roster.employee("emp-01");           // Li Wei, store operations manager, Tmall
 * List<Employee> service = Roster.members("team-service");
 * }</pre>
 *
 * <p>Store staff own a store or one category of it; new-media specialists own a channel; the
 * marketing manager owns all channels plus paid search; the others are measured on their own work.
 */
public final class Roster {

  /** Tmall store team (天猫店铺组): a store operations manager and four category owners. */
  public static final Team TMALL = new Team("team-tmall", "Tmall store team", "天猫店铺组");

  /** Douyin store team (抖音店铺组). */
  public static final Team DOUYIN = new Team("team-douyin", "Douyin store team", "抖音店铺组");

  /** Customer service team (客服组): a supervisor and eleven agents. */
  public static final Team SERVICE = new Team("team-service", "Customer service team", "客服组");

  /** Content team (内容组). */
  public static final Team CONTENT = new Team("team-content", "Content team", "内容组");

  /** Marketing team (市场组): the marketing manager and six new-media specialists. */
  public static final Team MARKETING = new Team("team-marketing", "Marketing team", "市场组");

  /** Data team (数据组). */
  public static final Team DATA = new Team("team-data", "Data team", "数据组");

  /** The employee whose facts for August are missing (on leave, nothing reported). */
  public static final String ON_LEAVE_IN_AUGUST = "emp-33";

  private static final List<Team> TEAMS = List.of(TMALL, DOUYIN, SERVICE, CONTENT, MARKETING, DATA);

  private static final List<Employee> EMPLOYEES = build();

  private Roster() {}

  private static List<Employee> build() {
    String som = EcommerceRoles.STORE_OPS_MANAGER.id();
    String merch = EcommerceRoles.MERCHANDISE_SPECIALIST.id();
    String sup = EcommerceRoles.CS_SUPERVISOR.id();
    String agent = EcommerceRoles.CS_SPECIALIST.id();
    String content = EcommerceRoles.CONTENT_SPECIALIST.id();
    String mm = EcommerceRoles.MARKETING_MANAGER.id();
    String media = EcommerceRoles.NEW_MEDIA_SPECIALIST.id();
    String analyst = EcommerceRoles.DATA_ANALYST.id();
    List<Employee> list = new ArrayList<>();
    list.add(new Employee("emp-01", "Li Wei", "李伟", som, TMALL.id(), "tmall"));
    list.add(new Employee("emp-02", "Wang Fang", "王芳", merch, TMALL.id(), "tmall/apparel"));
    list.add(new Employee("emp-03", "Zhang Min", "张敏", merch, TMALL.id(), "tmall/home"));
    list.add(new Employee("emp-04", "Liu Yang", "刘洋", merch, TMALL.id(), "tmall/beauty"));
    list.add(new Employee("emp-05", "Chen Jing", "陈静", merch, TMALL.id(), "tmall/pet"));
    list.add(new Employee("emp-06", "Yang Lei", "杨磊", som, DOUYIN.id(), "douyin"));
    list.add(new Employee("emp-07", "Zhao Li", "赵丽", merch, DOUYIN.id(), "douyin/snacks"));
    list.add(new Employee("emp-08", "Huang Qiang", "黄强", merch, DOUYIN.id(), "douyin/apparel"));
    list.add(new Employee("emp-09", "Zhou Jie", "周杰", merch, DOUYIN.id(), "douyin/kitchen"));
    list.add(new Employee("emp-10", "Wu Xia", "吴霞", merch, DOUYIN.id(), "douyin/fragrance"));
    list.add(new Employee("emp-11", "Xu Hui", "徐慧", sup, SERVICE.id(), "self"));
    String[][] agents = {
      {"Sun Tao", "孙涛"}, {"Ma Lin", "马琳"}, {"Zhu Hong", "朱红"}, {"Hu Bin", "胡斌"},
      {"Guo Ting", "郭婷"}, {"He Peng", "何鹏"}, {"Gao Yan", "高燕"}, {"Lin Feng", "林峰"},
      {"Luo Na", "罗娜"}, {"Zheng Kai", "郑凯"}, {"Liang Yu", "梁宇"}
    };
    int n = 12;
    for (String[] a : agents) {
      list.add(new Employee(id(n++), a[0], a[1], agent, SERVICE.id(), "self"));
    }
    String[][] writers = {
      {"Song Jia", "宋佳"}, {"Xie Ning", "谢宁"}, {"Han Xue", "韩雪"}, {"Tang Hao", "唐浩"},
      {"Feng Yi", "冯怡"}, {"Deng Chao", "邓超"}
    };
    for (String[] w : writers) {
      list.add(new Employee(id(n++), w[0], w[1], content, CONTENT.id(), "self"));
    }
    list.add(new Employee(id(n++), "Cao Rui", "曹瑞", mm, MARKETING.id(), "all-channels"));
    String[][] media3 = {
      {"Peng Li", "彭丽", "wechat"}, {"Zeng Hua", "曾华", "weibo"}, {"Xiao Yu", "萧雨", "douyin"},
      {"Tian Mei", "田梅", "xiaohongshu"}, {"Dong Wen", "董文", "bilibili"},
      {"Yuan Jie", "袁洁", "kuaishou"}
    };
    for (String[] m : media3) {
      list.add(new Employee(id(n++), m[0], m[1], media, MARKETING.id(), m[2]));
    }
    String[][] analysts = {
      {"Pan Yue", "潘悦"}, {"Jiang Tao", "蒋涛"}, {"Cai Qin", "蔡琴"}, {"Yu Hang", "余航"},
      {"Du Juan", "杜娟"}
    };
    for (String[] a : analysts) {
      list.add(new Employee(id(n++), a[0], a[1], analyst, DATA.id(), "self"));
    }
    return List.copyOf(list);
  }

  private static String id(int n) {
    return String.format(java.util.Locale.ROOT, "emp-%02d", n);
  }

  /** The six teams, in the order of the business flow used for printing. */
  public static List<Team> teams() {
    return TEAMS;
  }

  /** The forty employees, team by team. */
  public static List<Employee> employees() {
    return EMPLOYEES;
  }

  /** The employees as evaluation subjects, in roster order. */
  public static List<Subject> subjects() {
    return EMPLOYEES.stream().map(Employee::subject).toList();
  }

  /** An employee by id. */
  public static Optional<Employee> find(String id) {
    return EMPLOYEES.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /**
   * An employee by id.
   *
   * @throws IllegalArgumentException naming the id when there is none
   */
  public static Employee employee(String id) {
    return find(id)
        .orElseThrow(() -> new IllegalArgumentException("no employee with id '" + id + "'"));
  }

  /** The members of a team, in roster order. */
  public static List<Employee> members(String teamId) {
    return EMPLOYEES.stream().filter(e -> e.teamId().equals(teamId)).toList();
  }

  /** The employees of a role, in roster order. */
  public static List<Employee> withRole(String roleId) {
    return EMPLOYEES.stream().filter(e -> e.roleId().equals(roleId)).toList();
  }

  /** A team by id. */
  public static Team team(String teamId) {
    return TEAMS.stream()
        .filter(t -> t.id().equals(teamId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no team with id '" + teamId + "'"));
  }
}
