package io.github.policytasks.tracking.report;

import io.github.policytasks.core.LeadUnit;
import io.github.policytasks.core.Section;
import io.github.policytasks.core.Target;
import io.github.policytasks.core.Task;
import io.github.policytasks.tracking.AttainmentStatus;
import io.github.policytasks.tracking.AttainmentSummary;
import io.github.policytasks.tracking.PlanAttainment;
import io.github.policytasks.tracking.TargetAttainment;
import io.github.policytasks.tracking.ledger.LedgerCells;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link PlanAttainment} as one self-contained HTML file that opens offline (from a USB stick):
 * inline CSS with a print layout, charts drawn here as inline SVG (targets per status for each
 * lead unit, targets per dimension), a filter by lead unit and status (a few lines of inline
 * JavaScript), and the plan's sections, tasks, lead units and targets with status, actual, gap,
 * 完成率 and an attainment bar. Nothing is fetched from the network. Stateless and thread-safe.
 */
public final class HtmlReport {
  private static final Map<AttainmentStatus, String> COLOURS = new EnumMap<>(Map.of(
      AttainmentStatus.MET, "#2e7d32",
      AttainmentStatus.EXCEEDED, "#1565c0",
      AttainmentStatus.SHORT, "#c62828",
      AttainmentStatus.NOT_REPORTED, "#9e9e9e",
      AttainmentStatus.NOT_COMPARABLE, "#ef6c00"));
  private static final int BAR_WIDTH = 360;
  private static final int ROW_HEIGHT = 18;
  private static final int LABEL_WIDTH = 190;

  /**
   * {@return the report as HTML text}
   *
   * @param attainment the plan's attainment
   */
  public String render(PlanAttainment attainment) {
    StringBuilder html = new StringBuilder(64 * 1024);
    String title = attainment.plan().title() == null ? "Plan" : attainment.plan().title();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(esc(title)).append(" — 任务台账</title>\n<style>\n")
        .append(CSS).append("</style>\n</head>\n<body>\n");
    html.append("<h1>").append(esc(title)).append("</h1>\n<p class=\"summary\" id=\"summary\">")
        .append(attainment.plan().allTasks().size()).append(" tasks, ")
        .append(attainment.targets().size()).append(" targets");
    attainment.asOf().ifPresent(d -> html.append(", as of ").append(d));
    html.append(": ");
    List<String> counts = new ArrayList<>();
    for (AttainmentStatus status : AttainmentStatus.values()) {
      counts.add("<span class=\"count\" data-status=\"" + status + "\">" + status.chinese() + " "
          + attainment.count(status) + "</span>");
    }
    html.append(String.join(" · ", counts)).append("</p>\n");
    html.append("<section class=\"charts\">\n<figure><figcaption>Targets per status, by lead unit")
        .append("</figcaption>\n").append(stackedBars(attainment.byLeadUnit()))
        .append("</figure>\n<figure><figcaption>Targets per dimension</figcaption>\n")
        .append(stackedBars(attainment.byDimension())).append("</figure>\n")
        .append(legend()).append("</section>\n");
    html.append(filters(attainment));
    html.append(table(attainment));
    html.append("<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static String legend() {
    StringBuilder legend = new StringBuilder("<p class=\"legend\">");
    for (AttainmentStatus status : AttainmentStatus.values()) {
      legend.append("<span><i style=\"background:").append(COLOURS.get(status)).append("\"></i>")
          .append(status.chinese()).append(" ").append(word(status)).append("</span> ");
    }
    return legend.append("</p>\n").toString();
  }

  /** A horizontal stacked bar per summary, scaled to the largest group. */
  private static String stackedBars(List<AttainmentSummary> summaries) {
    int max = Math.max(1, summaries.stream().mapToInt(AttainmentSummary::targets).max().orElse(1));
    int height = ROW_HEIGHT * Math.max(1, summaries.size()) + 4;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" width=\"")
        .append(LABEL_WIDTH + BAR_WIDTH + 40).append("\" height=\"").append(height)
        .append("\" role=\"img\">\n");
    int y = 2;
    for (AttainmentSummary summary : summaries) {
      svg.append("<text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + 13)
          .append("\" text-anchor=\"end\">").append(esc(summary.name())).append("</text>");
      double x = LABEL_WIDTH;
      for (AttainmentStatus status : AttainmentStatus.values()) {
        int n = summary.count(status);
        if (n == 0) {
          continue;
        }
        double w = (double) BAR_WIDTH * n / max;
        svg.append(String.format(Locale.ROOT,
            "<rect class=\"seg\" data-status=\"%s\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
                + "height=\"%d\" fill=\"%s\"><title>%s %s: %d</title></rect>",
            status, x, y, w, ROW_HEIGHT - 4, COLOURS.get(status), esc(summary.name()),
            status.chinese(), n));
        x += w;
      }
      svg.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>\n", x + 4,
          y + 13, summary.targets()));
      y += ROW_HEIGHT;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String filters(PlanAttainment attainment) {
    StringBuilder html = new StringBuilder("<form class=\"filters\" id=\"filters\">\n")
        .append("<label>Lead unit <select id=\"unit\"><option value=\"\">all</option>");
    for (AttainmentSummary unit : attainment.byLeadUnit()) {
      html.append("<option>").append(esc(unit.name())).append("</option>");
    }
    html.append("</select></label>\n<label>Status <select id=\"status\">")
        .append("<option value=\"\">all</option>");
    for (AttainmentStatus status : AttainmentStatus.values()) {
      html.append("<option value=\"").append(status).append("\">").append(status.chinese())
          .append(" ").append(word(status)).append("</option>");
    }
    return html.append("</select></label>\n<output id=\"shown\"></output>\n</form>\n").toString();
  }

  private static String table(PlanAttainment attainment) {
    Map<String, List<TargetAttainment>> byOwner = attainment.targets().stream()
        .collect(Collectors.groupingBy(t -> t.task() == null
            ? "goals:" + t.section().id() : t.task().id()));
    StringBuilder html = new StringBuilder("<table id=\"ledger\">\n<thead><tr><th>Task</th>")
        .append("<th>Lead units</th><th>Target</th><th>Words</th><th>Status</th><th>Actual</th>")
        .append("<th>Gap</th><th>完成率</th></tr></thead>\n");
    for (Section section : attainment.plan().sections()) {
      html.append("<tbody class=\"section\" data-section=\"").append(section.number())
          .append("\"><tr class=\"heading\"><th colspan=\"8\">").append(section.number())
          .append(section.title() == null ? "" : " " + esc(section.title()))
          .append("</th></tr>\n");
      for (TargetAttainment goal : byOwner.getOrDefault("goals:" + section.id(), List.of())) {
        html.append("<tr class=\"goal\" data-units=\"\"><td>目标</td><td></td>")
            .append(targetCells(goal)).append("</tr>\n");
      }
      for (Task task : section.allTasks()) {
        String units = task.leadUnits().stream().map(LeadUnit::name)
            .collect(Collectors.joining("|"));
        List<TargetAttainment> targets = byOwner.getOrDefault(task.id(), List.of());
        html.append("<tr class=\"task\" data-task=\"").append(task.id()).append("\" data-units=\"")
            .append(esc(units)).append("\"><td rowspan=\"").append(Math.max(1, targets.size()))
            .append("\">").append(esc(LedgerCells.taskHeading(task))).append("</td><td rowspan=\"")
            .append(Math.max(1, targets.size())).append("\">")
            .append(esc(String.join("、", units.split("\\|")))).append("</td>");
        if (targets.isEmpty()) {
          html.append("<td colspan=\"6\" class=\"none\">no quantified target</td></tr>\n");
          continue;
        }
        for (int i = 0; i < targets.size(); i++) {
          if (i > 0) {
            html.append("<tr class=\"more\" data-task=\"").append(task.id())
                .append("\" data-units=\"").append(esc(units)).append("\">");
          }
          html.append(targetCells(targets.get(i))).append("</tr>\n");
        }
      }
      html.append("</tbody>\n");
    }
    return html.append("</table>\n").toString();
  }

  private static String targetCells(TargetAttainment result) {
    Target target = result.target();
    String ratio = result.ratioPercent(1, RoundingMode.HALF_EVEN)
        .map(r -> r.toPlainString() + "%").orElse("");
    double fill = result.ratio() == null ? (result.status().isAttained() ? 100 : 0)
        : Math.min(100, result.ratio().toBigDecimal(4, RoundingMode.HALF_EVEN).doubleValue() * 100);
    String gap = result.gap() == null || result.gap().amount().signum() == 0
        ? "" : LedgerCells.readable(result.gap().amount()) + " " + result.gap().unit();
    return "<td class=\"target\" data-target=\"" + target.id() + "\" data-status=\""
        + result.status() + "\">" + target.id() + "</td><td>"
        + esc(target.subject() == null ? "" : target.subject() + " ") + "<b>" + esc(target.text())
        + "</b></td><td><span class=\"status\" style=\"background:" + COLOURS.get(result.status())
        + "\">" + result.status().chinese() + "</span>"
        + (result.reason() == null ? "" : "<br><small>" + esc(result.reason()) + "</small>")
        + "</td><td>" + (result.actual() == null ? "" : esc(result.actual().figure()))
        + "</td><td>" + esc(gap) + "</td><td class=\"ratio\">" + ratio
        + String.format(Locale.ROOT, "<div class=\"bar\"><i style=\"width:%.1f%%;background:%s\">"
            + "</i></div>", fill, COLOURS.get(result.status())) + "</td>";
  }

  private static String word(AttainmentStatus status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String esc(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }

  private static final String CSS = String.join("\n",
      "body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:1.5em;color:#222}",
      "h1{font-size:1.4em}.summary .count{white-space:nowrap}",
      ".charts{display:flex;flex-wrap:wrap;gap:2em}figure{margin:0}",
      "figcaption{font-weight:bold;margin-bottom:.3em}.chart text{font-size:12px}",
      ".legend span{margin-right:1em}.legend i{display:inline-block;width:.9em;height:.9em;"
          + "margin-right:.3em;vertical-align:middle}",
      ".filters{margin:1em 0}.filters label{margin-right:1.5em}",
      "table{border-collapse:collapse;width:100%;font-size:13px}",
      "th,td{border:1px solid #ccc;padding:3px 6px;vertical-align:top;text-align:left}",
      "tr.heading th{background:#eef2f7}.status{color:#fff;padding:1px 6px;border-radius:3px;"
          + "white-space:nowrap}",
      ".bar{width:100px;height:6px;background:#eee;margin-top:3px}.bar i{display:block;height:6px}",
      ".hidden{display:none}tr.context>td:not([rowspan]){visibility:hidden}.none{color:#888}",
      "@media print{.filters{display:none}body{margin:0}table{font-size:10px}"
          + "tr{page-break-inside:avoid}.status,.bar i,.legend i{-webkit-print-color-adjust:exact;"
          + "print-color-adjust:exact}}",
      "");

  private static final String SCRIPT = String.join("\n",
      "(function () {",
      "  var unit = document.getElementById('unit');",
      "  var status = document.getElementById('status');",
      "  var shown = document.getElementById('shown');",
      "  function apply() {",
      "    var u = unit.value, s = status.value, n = 0;",
      "    var rows = document.querySelectorAll('#ledger tr.task, #ledger tr.more, #ledger tr.goal');",
      "    var visibleTasks = {};",
      "    rows.forEach(function (row) {",
      "      var units = row.getAttribute('data-units').split('|');",
      "      var cell = row.querySelector('td.target');",
      "      var ok = (!u || units.indexOf(u) >= 0)",
      "          && (!s || (cell && cell.getAttribute('data-status') === s));",
      "      row.classList.toggle('hidden', !ok);",
      "      row.classList.remove('context');",
      "      if (ok && cell) { n++; }",
      "      if (ok && row.getAttribute('data-task')) { visibleTasks[row.getAttribute('data-task')] = 1; }",
      "    });",
      "    document.querySelectorAll('#ledger tr.task').forEach(function (row) {",
      "      if (visibleTasks[row.getAttribute('data-task')] && row.classList.contains('hidden')) {",
      "        row.classList.remove('hidden');",
      "        row.classList.add('context');",
      "      }",
      "    });",
      "    shown.textContent = n + ' targets shown';",
      "  }",
      "  unit.addEventListener('change', apply);",
      "  status.addEventListener('change', apply);",
      "  apply();",
      "})();",
      "");
}
