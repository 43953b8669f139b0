package io.github.policytasks.parser;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generates whole documents of the genre as text, straight from their parts and with a
 * vocabulary of its own (not the seed's): portal header rows, page furniture, a covering notice,
 * the plan title and preamble, sections whose heading line may carry a sentence after it,
 * subsections, tasks with bracketed, verb-form or own-line notes, task tables, closing
 * paragraphs and end matter; and mutations of them: lines joined, stretches cut, noise and
 * repeated lines inserted. Everything in a generated document is meant to be read.
 */
final class GenreDocuments {
  private GenreDocuments() {}

  private static final List<String> SECTION_NUMERALS = List.of("十", "一", "二", "三", "四", "五", "六", "七", "八", "九");
  private static final List<String> PLACES = List.of("青山县", "临河区", "东湖市", "柳林县", "西岭区", "南川县");
  private static final List<String> TOPICS = List.of(
      "优化营商环境", "推进乡村振兴", "深化医药卫生体制改革", "加快数字政府建设", "促进民营经济发展",
      "提升城市品质", "加强生态环境保护", "稳就业保民生");
  private static final List<String> HEADS = List.of(
      "强化创新引领", "壮大实体经济", "扩大有效投资", "繁荣城乡消费", "推动绿色转型", "增进民生福祉",
      "保障措施", "深化重点领域改革");
  private static final List<String> SENTENCES = List.of(
      "建成区级孵化器3家以上。", "新增市场主体不少于1200户。", "完善联审联办机制，压减审批时限。",
      "年内完成老旧小区改造40个。", "开展专项督查，建立工作台账。", "粮食播种面积稳定在12万亩以上。",
      "推动企业上云用云，培育示范项目。", "空气质量优良天数比例达到80%。", "城乡居民收入增长6%左右。",
      "加强统筹调度，确保按期完成。");
  private static final List<String> UNITS = List.of(
      "县发展改革局", "区财政局", "市科技局", "县人力资源社会保障局", "区住房城乡建设局", "县农业农村局",
      "市生态环境局临河分局", "县行政审批服务局", "各乡镇人民政府");

  /** Whole generated documents. */
  static Arbitrary<String> documents() {
    return Combinators.combine(
            front(),
            sections().list().ofMinSize(1).ofMaxSize(4),
            Arbitraries.of("", "\n本方案自印发之日起施行。", "\n抄送：县委办公室。\n青山县人民政府办公室2022年3月1日印发",
                "\n扫一扫在手机打开当前页"),
            Arbitraries.of("\n", "\r\n"))
        .as((front, sections, end, eol) -> {
          StringBuilder out = new StringBuilder(front);
          int task = 1;
          int number = 1;
          for (List<String> section : sections) {
            out.append('\n').append(SECTION_NUMERALS.get(number++ % SECTION_NUMERALS.size())).append(section.get(0));
            for (int k = 1; k < section.size(); k++) {
              String line = section.get(k);
              out.append('\n').append(line.startsWith("#") ? task++ + line.substring(1) : line);
            }
          }
          out.append(end).append('\n');
          return out.toString().replace("\n", eol);
        });
  }

  private static Arbitrary<String> front() {
    Arbitrary<String> header = Arbitraries.of("", "索引号：11370829/2022-00017\n发文字号：青政办字〔2022〕7号\n",
        "成文日期：2022年03月01日\n扫一扫在手机打开当前页\n");
    Arbitrary<String> notice = Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(TOPICS),
            Arbitraries.of(true, false))
        .as((place, topic, has) -> has
            ? "关于印发《" + place + "2022年" + topic + "工作要点》的通知\n各乡镇人民政府，县直各部门：\n"
                + "现将《" + place + "2022年" + topic + "工作要点》印发给你们，请认真贯彻落实。\n"
                + place + "人民政府办公室\n2022年3月1日\n（此件公开发布）\n"
            : "");
    Arbitrary<String> title = Combinators.combine(Arbitraries.of(PLACES), Arbitraries.of(TOPICS))
        .as((place, topic) -> place + "2022年" + topic + "重点工作任务");
    Arbitrary<String> preamble = Arbitraries.of("", "为深入贯彻落实上级部署，制定本方案。",
        "责任单位中列第一位的为牵头单位。", "根据《关于进一步优化营商环境的意见》（青政发〔2021〕3号），结合实际，制定本要点。");
    return Combinators.combine(header, notice, title, preamble)
        .as((h, n, t, p) -> h + n + t + (p.isEmpty() ? "" : "\n" + p));
  }

  /** A section: its heading (after the numeral) then its lines; {@code #} stands for the next task number. */
  private static Arbitrary<List<String>> sections() {
    Arbitrary<String> heading = Combinators.combine(Arbitraries.of(HEADS), Arbitraries.of("", "", "。" ),
            Arbitraries.of(SENTENCES))
        .as((head, stop, tail) -> "、" + head + (stop.isEmpty() ? "" : stop + tail));
    Arbitrary<List<String>> body = Arbitraries.oneOf(
        tasks().list().ofMinSize(1).ofMaxSize(4).map(GenreDocuments::flatten),
        subsections(),
        table());
    return Combinators.combine(heading, body).as((h, b) -> {
      List<String> out = new ArrayList<>();
      out.add(h);
      out.addAll(b);
      return out;
    });
  }

  private static Arbitrary<List<String>> subsections() {
    return Combinators.combine(Arbitraries.of(HEADS), tasks().list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(HEADS), tasks().list().ofMinSize(1).ofMaxSize(3))
        .as((h1, t1, h2, t2) -> {
          List<String> out = new ArrayList<>();
          out.add("（一）" + h1);
          out.addAll(flatten(t1));
          out.add("（二）" + h2);
          out.addAll(flatten(t2));
          return out;
        });
  }

  private static Arbitrary<List<String>> table() {
    Arbitrary<String> row = Combinators.combine(Arbitraries.of(SENTENCES), Arbitraries.of(UNITS),
            Arbitraries.of("2022年6月底前", "年底前", "长期坚持"))
        .as((text, unit, when) -> "# | " + text + " | " + unit + " | " + when);
    return row.list().ofMinSize(1).ofMaxSize(4).map(rows -> {
      List<String> out = new ArrayList<>();
      out.add("序号 | 工作任务 | 牵头单位 | 完成时限");
      out.add("---|---|---|---");
      out.addAll(rows);
      return out;
    });
  }

  /** One task as lines; its first line starts with {@code #}. */
  private static Arbitrary<List<String>> tasks() {
    Arbitrary<String> units = Arbitraries.of(UNITS).list().ofMinSize(1).ofMaxSize(3).uniqueElements()
        .map(list -> String.join("、", list));
    return Combinators.combine(Arbitraries.of(". ", "．", "、", "."), Arbitraries.of(SENTENCES),
            Arbitraries.of(SENTENCES), units, Arbitraries.integers().between(0, 4))
        .as((mark, first, second, names, noteForm) -> {
          String body = "#" + mark + first + second;
          switch (noteForm) {
            case 0:
              return List.of(body + "（牵头单位：" + names + "）");
            case 1:
              return List.of(body + "(责任单位:" + names + ";完成时限:2022年12月底前)");
            case 2:
              return List.of(body + "（" + names + "按职责分工负责）");
            case 3:
              return List.of(body, "牵头单位：" + names);
            default:
              return List.of(body);
          }
        });
  }

  private static List<String> flatten(List<List<String>> tasks) {
    List<String> out = new ArrayList<>();
    tasks.forEach(out::addAll);
    return out;
  }

  /** Generated documents, each changed by one to three mutations. */
  static Arbitrary<String> mutated() {
    return Combinators.combine(documents(), mutation().list().ofMinSize(1).ofMaxSize(3))
        .as((text, mutations) -> {
          String out = text;
          for (Mutation m : mutations) {
            out = m.apply(out);
          }
          return out;
        });
  }

  private interface Mutation {
    String apply(String text);
  }

  private static Arbitrary<Mutation> mutation() {
    Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
    Arbitrary<String> noise = Arbitraries.of("（牵头单位：", "）", "1.", "二、", "（三）", "|", "〔", "《", "。。",
        "\uFFFD", "牵头单位：县财政局", "a", "12", "第五条", "  ", "\n");
    return Arbitraries.oneOf(
        where.map(w -> t -> joinLines(t, w)),
        Combinators.combine(where, Arbitraries.integers().between(1, 30)).as((w, n) -> t -> cut(t, w, n)),
        Combinators.combine(where, noise).as((w, s) -> t -> insert(t, w, s)),
        where.map(w -> t -> repeatLine(t, w)));
  }

  private static int at(String text, double where) {
    return Math.min(text.length(), (int) (where * text.length()));
  }

  private static String joinLines(String text, double where) {
    int i = text.indexOf('\n', at(text, where));
    if (i < 0) {
      return text;
    }
    int from = i > 0 && text.charAt(i - 1) == '\r' ? i - 1 : i;
    return text.substring(0, from) + text.substring(i + 1);
  }

  private static String cut(String text, double where, int length) {
    int from = at(text, where);
    return text.substring(0, from) + text.substring(Math.min(text.length(), from + length));
  }

  private static String insert(String text, double where, String piece) {
    int from = at(text, where);
    return text.substring(0, from) + piece + text.substring(from);
  }

  private static String repeatLine(String text, double where) {
    int from = text.lastIndexOf('\n', Math.max(0, at(text, where) - 1)) + 1;
    int to = text.indexOf('\n', from);
    if (to < 0) {
      return text;
    }
    return text.substring(0, to + 1) + text.substring(from, to + 1) + text.substring(to + 1);
  }
}
