/* kg HTML view: focused views of the graph, a details panel, article text, search.
 * The state lives in the URL's hash (#v=view&s=selected node&d=depth&ar=1&at=offset), so the
 * browser's back button goes back. Text from the data is only ever written as text
 * (textContent, text nodes, canvas labels), never parsed as markup. */
(function () {
  "use strict";
  function json(id) { return JSON.parse(document.getElementById(id).textContent); }
  var CONFIG = json("kg-config"), VIEWS = json("kg-views"), DATA = json("kg-data");
  var NODES = DATA.nodes, FACTS = DATA.facts;
  var COLOR = {}, LABEL = {}, TYPES = [];
  CONFIG.types.forEach(function (t) { COLOR[t.type] = t.color; LABEL[t.type] = t.label; TYPES.push(t.type); });
  var SHORT = {Person: "人物", Organization: "机构", Place: "地点", Initiative: "活动", Article: "文章"};
  var PRED = CONFIG.predicates;
  var VIEW = {}; VIEWS.forEach(function (v) { VIEW[v.key] = v; });
  var INDEX = {}; NODES.forEach(function (n, i) { INDEX[n.id] = i; });
  var OUT = {}, IN = {};
  FACTS.forEach(function (f, k) { (OUT[f.s] = OUT[f.s] || []).push(k); (IN[f.o] = IN[f.o] || []).push(k); });
  var RING = 60, RING2 = 150, PER_PARENT = 6, ARTICLES = 30, MORE = 20;

  // ---- small DOM helpers (text only) -------------------------------------------------------
  function el(tag, attrs) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      var v = attrs[k];
      if (v == null) return;
      if (k === "class") e.className = v;
      else if (k === "style") Object.assign(e.style, v);
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    });
    return add.apply(null, [e].concat(Array.prototype.slice.call(arguments, 2)));
  }
  function $(id) { return document.getElementById(id); }
  function add(parent) {  // append the children that are there (Element.append would write "null")
    for (var i = 1; i < arguments.length; i++) {
      var c = arguments[i];
      if (c == null || c === false) continue;
      if (Array.isArray(c)) c.forEach(function (x) { if (x != null && x !== false) parent.append(x); }); else parent.append(c);
    }
    return parent;
  }
  // display only: a run of blank lines (page layout) shows as one; offsets stay those of the data
  function shown(text) { return text.replace(/\n[ \t\u3000\r]*(\n[ \t\u3000\r]*)+/g, "\n\n"); }
  function tint(type) { return (COLOR[type] || "#999999") + "40"; }
  function plural(n, zh, en) { return n + " " + zh + " " + en; }

  // ---- state in the hash -------------------------------------------------------------------
  function state() { return new URLSearchParams(location.hash.slice(1)); }
  function go(changes) {
    var st = state();
    Object.keys(changes).forEach(function (k) {
      if (changes[k] == null || changes[k] === "") st.delete(k); else st.set(k, changes[k]);
    });
    var hash = "#" + st.toString();
    if (hash === location.hash) { route(); return; }
    location.hash = hash;  // a new history entry: the back button returns here
  }
  function linkTo(i, text, extra) {
    var n = NODES[i];
    return el("a", {class: "node", href: "#", title: LABEL[n.t], onclick: function (ev) {
      ev.preventDefault(); select(i, extra);
    }}, text == null ? n.n : text);
  }
  function select(i, extra) {
    var changes = Object.assign({s: NODES[i].id, at: null}, extra || {});
    var v = state().get("v") || "overview";
    if (changes.v == null && v.slice(0, 3) === "nb:" && NODES[i].t !== "Article") changes.v = "nb:" + NODES[i].id;
    go(changes);
  }

  // ---- the graph ---------------------------------------------------------------------------
  // node and label sizes follow the number of mentions; labels under `threshold` pixels are not drawn
  function scaling(threshold) {
    return {min: 6, max: 30, label: {enabled: true, min: 13, max: 26, drawThreshold: threshold, maxVisible: 40}};
  }
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var options = {
    physics: false,
    layout: {improvedLayout: false},
    interaction: {hover: true, tooltipDelay: 150, hideEdgesOnDrag: true},
    nodes: {shape: "dot", borderWidth: 1,
            // the selected node's label is always drawn, large enough to read at any zoom
            chosen: {node: true, label: function (values, id, selected) {
              if (selected) { values.size = Math.max(values.size, 15 / network.getScale()); values.mod = "bold"; }
            }},
            scaling: scaling(6),
            font: {face: "Noto Sans CJK SC, PingFang SC, Microsoft YaHei, sans-serif", strokeWidth: 3, strokeColor: "#ffffff"}},
    edges: {smooth: false, width: 1, color: {color: "#8a8a8a", highlight: "#333333", hover: "#333333"},
            font: {size: 10, strokeWidth: 3, align: "middle", color: "#555555"}, arrows: {to: {enabled: true, scaleFactor: 0.45}}}
  };
  var network = new vis.Network($("graph"), {nodes: nodes, edges: edges}, options);
  var drawn = {key: null};

  function visNode(i, x, y) {
    var n = NODES[i];
    var label = n.n.length > 18 ? n.n.slice(0, 17) + "…" : n.n;
    var tip = el("div", {}, n.n, el("br"), LABEL[n.t] + (n.t === "Article" ? "" : " · " + plural(n.w, "次提及", "mentions")));
    return {id: i, label: label, x: x, y: y, value: n.t === "Article" ? 2 : Math.max(1, n.w), title: tip,
            color: {background: COLOR[n.t], border: "#ffffff", highlight: {background: COLOR[n.t], border: "#222222"},
                    hover: {background: COLOR[n.t], border: "#222222"}},
            shape: n.t === "Article" ? "square" : "dot", ktype: n.t, hidden: hiddenTypes[n.t] === true};
  }
  function visEdge(a, b, kind, weight) {
    if (kind === "co") {
      return {id: "co:" + a + ":" + b, from: a, to: b, dashes: true, width: 1, arrows: {to: {enabled: false}},
              color: {color: "#c8c8c8", opacity: 0.8}, title: PRED.co + ": " + plural(weight, "篇文章", "articles")};
    }
    if (kind === "mentions") {
      return {id: "m:" + a + ":" + b, from: a, to: b, width: 0.5, arrows: {to: {enabled: false}},
              color: {color: "#dddddd"}, title: "提及 mentions"};
    }
    return {id: "f:" + a + ":" + b + ":" + kind, from: a, to: b, label: PRED[kind] || kind,
            width: Math.min(1 + weight / 2, 4), title: (PRED[kind] || kind) + " · " + plural(weight, "条证据", "pieces of evidence")};
  }
  var hiddenTypes = {};

  function draw(view) {
    var vn = view.nodes.map(function (p) { return visNode(p[0], p[1], p[2]); });
    (view.groups || []).forEach(function (g, k) {
      vn.push({id: "group:" + k, label: g.label, x: g.x, y: g.y, shape: "text", chosen: false,
               font: {size: 22, color: "#333333", strokeWidth: 4, strokeColor: "#ffffff"}, ktype: "group"});
    });
    var seen = {};
    var ve = [];
    view.edges.forEach(function (e) {
      var ed = visEdge(e[0], e[1], e[2], e[3]);
      if (!seen[ed.id]) { seen[ed.id] = true; ve.push(ed); }
    });
    nodes.clear(); edges.clear();
    nodes.add(vn); edges.add(ve);
    network.fit({animation: false});
    $("view-title").textContent = view.title;
    $("view-note").textContent = view.note;
  }

  // Rings around a centre: an entity's neighbourhood (depth 1 or 2) or an article's entities.
  function neighbours(i, articles) {
    var out = [], seen = {};
    function take(j, kind, weight) {
      if (j === i || seen[j] || j == null) return;
      if (NODES[j].t === "Article" && !articles) return;
      seen[j] = true; out.push([j, kind, weight]);
    }
    (OUT[i] || []).concat(IN[i] || []).forEach(function (k) { var f = FACTS[k]; take(f.s === i ? f.o : f.s, f.p, f.ev.length); });
    (NODES[i].co || []).forEach(function (c) { take(c[0], "co", c[1]); });
    if (articles && NODES[i].m) {
      NODES[i].m.slice(0, 400).forEach(function (m) { if (Object.keys(seen).length < RING + ARTICLES) take(m[0], "mentions", 1); });
    }
    return out;
  }
  function ringView(centre, rings, title, note) {
    var pos = {}, parent = {}; pos[centre] = [0, 0];
    var r1 = Math.max(220, rings[0].length * 70 / (2 * Math.PI));
    var angle = {};
    rings[0].forEach(function (j, k) {
      var a = 2 * Math.PI * k / rings[0].length - Math.PI / 2;
      angle[j] = a; pos[j] = [Math.round(r1 * Math.cos(a)), Math.round(r1 * Math.sin(a))];
    });
    if (rings[1] && rings[1].length) {
      var r2 = Math.max(r1 + 200, rings[1].length * 55 / (2 * Math.PI));
      var share = 2 * Math.PI / Math.max(rings[0].length, 1);
      var byParent = {};
      rings[1].forEach(function (c) { (byParent[c[1]] = byParent[c[1]] || []).push(c[0]); parent[c[0]] = c[1]; });
      Object.keys(byParent).forEach(function (p) {
        var kids = byParent[p];
        kids.forEach(function (j, k) {
          var a = angle[p] + share * ((k + 0.5) / kids.length - 0.5);
          pos[j] = [Math.round(r2 * Math.cos(a)), Math.round(r2 * Math.sin(a))];
        });
      });
    }
    var ids = Object.keys(pos).map(Number);
    var inView = {}; ids.forEach(function (j) { inView[j] = true; });
    var es = [];
    ids.forEach(function (j) {
      (OUT[j] || []).forEach(function (k) { var f = FACTS[k]; if (inView[f.o]) es.push([f.s, f.o, f.p, f.ev.length]); });
      // co-mentions only along the rings' spokes (with the centre, or a node and its parent)
      (NODES[j].co || []).forEach(function (c) {
        var k = c[0];
        if (inView[k] && j < k && (j === centre || k === centre || parent[j] === k || parent[k] === j)) es.push([j, k, "co", c[1]]);
      });
      if (NODES[j].t === "Article" && j !== centre && inView[centre]) es.push([j, centre, "mentions", 1]);
    });
    return {key: null, title: title, note: note, nodes: ids.map(function (j) { return [j, pos[j][0], pos[j][1]]; }),
            edges: es, groups: []};
  }
  function neighbourhood(i, depth, articles) {
    var first = neighbours(i, articles).slice(0, RING + (articles ? ARTICLES : 0));
    var taken = {}; taken[i] = true; first.forEach(function (n) { taken[n[0]] = true; });
    var second = [];
    if (depth > 1) {
      first.forEach(function (n) {
        if (NODES[n[0]].t === "Article") return;
        neighbours(n[0], articles).filter(function (m) { return !taken[m[0]]; }).slice(0, PER_PARENT).forEach(function (m) {
          if (second.length < RING2) { taken[m[0]] = true; second.push([m[0], n[0]]); }
        });
      });
    }
    var n = NODES[i];
    return ringView(i, [first.map(function (x) { return x[0]; }), second],
      "邻域 Neighbourhood: " + n.n + " (" + LABEL[n.t] + ", 深度 depth " + depth + ")",
      plural(first.length, "个直接相邻", "direct neighbours") + (depth > 1 ? ", " + plural(second.length, "个二级", "at depth 2") : "") +
      ": facts (arrows) and the entities most often mentioned in the same articles (dashed)" +
      (articles ? ", and the articles that mention it (squares)." : "; articles not drawn."));
  }
  function articleGraph(i) {
    var seen = {}, ring = [];
    NODES[i].hl.forEach(function (h) { if (!seen[h[2]]) { seen[h[2]] = true; ring.push(h[2]); } });
    ring.sort(function (a, b) { return TYPES.indexOf(NODES[a].t) - TYPES.indexOf(NODES[b].t) || NODES[b].w - NODES[a].w; });
    var v = ringView(i, [ring], "文章图 Article graph: " + NODES[i].n,
      plural(ring.length, "个实体", "entities") + " mentioned in this article, by type, with the facts among them.");
    v.edges = v.edges.filter(function (e) { return e[2] !== "co"; });
    return v;
  }

  function viewFor(key, depth, articles) {
    if (VIEW[key]) return VIEW[key];
    var id = key.slice(key.indexOf(":") + 1);
    if (key.slice(0, 3) === "nb:" && INDEX[id] !== undefined) return neighbourhood(INDEX[id], depth, articles);
    if (key.slice(0, 4) === "art:" && INDEX[id] !== undefined) return articleGraph(INDEX[id]);
    return VIEW.overview;
  }

  // ---- text with highlighted entities ------------------------------------------------------
  // text of article a from start to end, its entities as marks (linked to their node), the
  // node `self` outlined, the span [u0, u1) underlined
  function richText(a, start, end, self, u0, u1, labels) {
    var x = NODES[a].x, out = [], cuts = [start, end];
    var hls = NODES[a].hl.filter(function (h) { return h[1] > start && h[0] < end; });
    hls.forEach(function (h) { cuts.push(Math.max(h[0], start), Math.min(h[1], end)); });
    if (u0 != null && (u0 > start || u1 < end)) cuts.push(Math.max(u0, start), Math.min(u1, end));
    cuts = cuts.filter(function (c, k, all) { return all.indexOf(c) === k; }).sort(function (p, q) { return p - q; });
    var h = 0;
    for (var k = 0; k + 1 < cuts.length; k++) {
      var c0 = cuts[k], c1 = cuts[k + 1];
      while (h < hls.length && hls[h][1] <= c0) h++;
      var piece = shown(x.slice(c0, c1));
      var node;
      if (h < hls.length && hls[h][0] <= c0 && c1 <= hls[h][1]) {
        var e = hls[h][2];
        node = el("mark", {class: "ent" + (e === self ? " self" : ""), style: {background: tint(NODES[e].t)},
                           "data-node": NODES[e].id, "data-start": hls[h][0], title: LABEL[NODES[e].t] + ": " + NODES[e].n,
                           onclick: (function (e) { return function () { select(e); }; })(e)},
                  piece, labels && c1 === hls[h][1] ? el("span", {class: "lbl"}, SHORT[NODES[e].t]) : null);
      } else node = document.createTextNode(piece);
      if (u0 != null && (u0 > start || u1 < end) && c0 >= u0 && c1 <= u1) node = el("span", {class: "span"}, node);
      out.push(node);
    }
    return out;
  }
  function articleLabel(a) {
    var n = NODES[a];
    return n.n + (n.d ? " (" + n.d + ")" : "");
  }

  // ---- the side panel ----------------------------------------------------------------------
  function closeButton() {
    return el("button", {class: "close", type: "button", title: "关闭 close", "aria-label": "close",
                         onclick: function () { go({s: null, at: null}); }}, "×");
  }
  function moreList(list, items, render, step) {
    var count = 0;
    function more() {
      items.slice(count, count + step).forEach(function (x) { list.append(render(x)); });
      count = Math.min(items.length, count + step);
      if (button) button.remove();
      if (count < items.length) {
        button = el("button", {type: "button", class: "more", onclick: more},
                    "更多 show more (" + (items.length - count) + ")");
        list.after(button);
      }
    }
    var button = null;
    return {list: list, start: more};
  }
  function evidenceBlock(ev, self) {
    var a = ev[0];
    if (a == null) return el("div", {class: "evidence"}, ev[7], el("span", {class: "src"}, "— " + ev[5] + " (" + ev[6] + ")"));
    return el("div", {class: "evidence"}, richText(a, ev[1], ev[2], self, ev[3], ev[4], false),
      el("span", {class: "src"}, "— ", linkTo(a, articleLabel(a), {at: String(ev[3])}), " · " + ev[5] + (ev[6] === "name" ? " (from the name 由名称)" : "")));
  }
  function entityPanel(i) {
    var n = NODES[i], p = $("panel");
    var parents = [], at = i, guard = 0;
    while (guard++ < 8) {
      var up = (OUT[at] || []).map(function (k) { return FACTS[k]; }).filter(function (f) { return f.p === "containedInPlace"; })[0];
      if (!up) break; parents.push(up.o); at = up.o;
    }
    var articles = {};
    n.m.forEach(function (m) { (articles[m[0]] = articles[m[0]] || []).push(m); });
    var articleList = Object.keys(articles).map(Number);
    add(p, closeButton(),
      el("h2", {}, n.n, el("span", {class: "type-tag", style: {background: COLOR[n.t]}}, LABEL[n.t])),
      n.al && n.al.length ? el("p", {class: "sub"}, "别名 aliases: " + n.al.join("、")) : null,
      n.k ? el("p", {class: "sub"}, "种类 kind: " + n.k) : null,
      n.c ? el("p", {class: "sub"}, "区划代码 division code: " + n.c) : null,
      parents.length ? el("p", {class: "sub"}, "上级 parents: ", parents.map(function (j, k) {
        return [k ? " › " : null, linkTo(j)];
      }).reduce(function (x, y) { return x.concat(y); }, [])) : null,
      el("p", {class: "sub"}, plural(n.w, "次提及", "mentions") + ", " + plural(articleList.length, "篇文章", "articles")),
      el("div", {class: "actions"},
        el("button", {type: "button", onclick: function () { go({v: "nb:" + n.id, d: "1"}); }}, "邻域 neighbourhood 1"),
        el("button", {type: "button", onclick: function () { go({v: "nb:" + n.id, d: "2"}); }}, "邻域 neighbourhood 2")));
    // relations, grouped by predicate and direction
    var groups = {}, order = [];
    (OUT[i] || []).forEach(function (k) { var g = FACTS[k].p + ">"; if (!groups[g]) { groups[g] = []; order.push(g); } groups[g].push(k); });
    (IN[i] || []).forEach(function (k) { var g = FACTS[k].p + "<"; if (!groups[g]) { groups[g] = []; order.push(g); } groups[g].push(k); });
    var nFacts = (OUT[i] || []).length + (IN[i] || []).length;
    add(p, el("h3", {}, "关系 Relations (" + nFacts + ")"));
    if (!nFacts) add(p, el("p", {class: "muted"}, "无 none"));
    order.sort().forEach(function (g) {
      var pred = g.slice(0, -1), outgoing = g.slice(-1) === ">";
      add(p, el("h4", {}, (outgoing ? "" : "← ") + (PRED[pred] || pred) + (outgoing ? " →" : "") + " (" + groups[g].length + ")"));
      var ul = el("ul", {class: "facts"});
      add(p, ul);
      moreList(ul, groups[g], function (k) {
        var f = FACTS[k], other = outgoing ? f.o : f.s;
        var li = el("li", {class: "fact"}, linkTo(other), el("span", {class: "type-tag", style: {background: COLOR[NODES[other].t]}}, SHORT[NODES[other].t]),
                    f.r ? " (" + f.r + ")" : null);
        f.ev.slice(0, 3).forEach(function (ev) { add(li, evidenceBlock(ev, i)); });
        if (f.ev.length > 3) add(li, el("span", {class: "muted"}, "… +" + (f.ev.length - 3) + " 条证据 pieces of evidence"));
        return li;
      }, MORE).start();
    });
    // mentions, by article
    add(p, el("h3", {}, "提及 Mentions (" + n.w + ", " + plural(articleList.length, "篇文章", "articles") + ")"));
    var ml = el("ul", {class: "mentions"});
    add(p, ml);
    moreList(ml, articleList, function (a) {
      var ms = articles[a];
      var li = el("li", {}, linkTo(a, articleLabel(a), {at: String(ms[0][1])}), ms.length > 1 ? " ×" + ms.length : null);
      var x = NODES[a].x;
      ms.slice(0, 3).forEach(function (m) {  // each mention in a few words of context (a link to it)
        var s0 = Math.max(0, m[1] - 24), s1 = Math.min(x.length, m[2] + 24);
        add(li, el("div", {class: "evidence"}, s0 > 0 ? "…" : null, richText(a, s0, s1, i, null, null, false),
                   s1 < x.length ? "…" : null, " ", linkTo(a, "→", {at: String(m[1])})));
      });
      if (ms.length > 3) add(li, el("span", {class: "muted"}, "… +" + (ms.length - 3) + " 次提及 mentions in this article"));
      return li;
    }, MORE).start();
    if (n.co && n.co.length) {
      add(p, el("h3", {}, "同文 Often mentioned with"),
        el("p", {}, n.co.map(function (c, k) { return [k ? "、" : null, linkTo(c[0]), " (" + c[1] + ")"]; })
          .reduce(function (x, y) { return x.concat(y); }, [])));
    }
  }
  function articlePanel(i, at) {
    var n = NODES[i], p = $("panel");
    var present = {}, seen = {};
    n.hl.forEach(function (h) {
      if (!seen[h[2]]) { seen[h[2]] = true; present[NODES[h[2]].t] = (present[NODES[h[2]].t] || 0) + 1; }
    });
    add(p, closeButton(),
      el("h2", {}, n.h || n.n, el("span", {class: "type-tag", style: {background: COLOR.Article}}, LABEL.Article)),
      n.by ? el("p", {class: "sub"}, "署名 byline: " + n.by) : null,
      n.d ? el("p", {class: "sub"}, "日期 date: " + n.d) : null,
      el("p", {class: "sub muted"}, "来源 source: " + (n.src || "") + " · " + n.id),
      el("div", {class: "actions"},
        el("button", {type: "button", onclick: function () { go({v: "art:" + n.id}); }}, "文章图 article graph")),
      el("p", {class: "sub"}, TYPES.filter(function (t) { return present[t]; }).map(function (t) {
        return el("span", {style: {marginRight: "10px"}}, el("span", {class: "swatch", style: {background: COLOR[t]}}), " " + LABEL[t] + " " + present[t]);
      })),
      el("h3", {}, "正文 Text"),
      el("div", {class: "article-text"}, richText(i, 0, n.x.length, null, null, null, true)));
    if (at != null) {
      var marks = p.querySelectorAll("mark.ent");
      for (var k = 0; k < marks.length; k++) {
        if (Number(marks[k].getAttribute("data-start")) >= Number(at)) {
          marks[k].classList.add("focus"); marks[k].scrollIntoView({block: "center"}); break;
        }
      }
    }
  }
  function viewPanel(view) {
    var p = $("panel");
    add(p, el("h2", {}, view.title), el("p", {class: "sub"}, view.note));
    if (view.groups && view.groups.length) {
      view.groups.forEach(function (g, k) {
        add(p, el("h3", {}, "社区 Community " + (k + 1) + ": " + g.label + " (" + plural(g.size, "个实体", "entities") + ")"),
          el("p", {}, g.nodes.map(function (j, m) {
            return [m ? "、" : null, el("span", {class: "swatch", style: {background: COLOR[NODES[j].t]}}), " ", linkTo(j)];
          }).reduce(function (x, y) { return x.concat(y); }, [])));
      });
    } else {
      var ul = el("ul", {});
      add(p, el("h3", {}, "节点 Nodes drawn"), ul);
      var drawnNodes = view.nodes.map(function (x) { return x[0]; }).sort(function (a, b) { return (NODES[b].w || 0) - (NODES[a].w || 0); });
      moreList(ul, drawnNodes, function (j) {
        return el("li", {}, el("span", {class: "swatch", style: {background: COLOR[NODES[j].t]}}), " ", linkTo(j),
                  NODES[j].w ? el("span", {class: "muted"}, " " + NODES[j].w) : null);
      }, 40).start();
    }
  }

  // ---- routing -----------------------------------------------------------------------------
  // vis-network skips labels too small to read; the selected node's label is drawn at any zoom
  var always = null;
  function labelAlways(i) {
    if (always === i) return;
    if (always != null && nodes.get(always)) nodes.update({id: always, scaling: scaling(6)});
    always = i;
    if (i != null) nodes.update({id: i, scaling: scaling(0)});
  }
  var fromGraph = false;
  function route() {
    var st = state();
    var key = st.get("v") || "overview", depth = st.get("d") === "2" ? 2 : 1, articles = st.get("ar") === "1";
    $("depth").value = String(depth);
    $("show-articles").checked = articles;
    $("view-select").value = VIEW[key] && key !== "overview" ? key : "";
    var drawKey = key + "|" + depth + "|" + articles;
    var view = viewFor(key, depth, articles);
    var redrawn = drawn.key !== drawKey;
    if (redrawn) { always = null; draw(view); drawn.key = drawKey; drawn.view = view; }
    var p = $("panel");
    p.textContent = "";
    var s = st.get("s"), i = s != null ? INDEX[s] : undefined;
    if (i === undefined) { viewPanel(drawn.view); network.unselectAll(); labelAlways(null); }
    else {
      if (NODES[i].t === "Article") articlePanel(i, st.get("at")); else entityPanel(i);
      p.scrollTop = 0;
      if (st.get("at") != null) { var f = p.querySelector("mark.focus"); if (f) f.scrollIntoView({block: "center"}); }
      if (nodes.get(i)) {
        network.selectNodes([i]);
        labelAlways(i);
        if (!fromGraph && !redrawn) network.focus(i, {scale: Math.max(network.getScale(), 0.8), animation: false});
      } else { network.unselectAll(); labelAlways(null); }
    }
    fromGraph = false;
    network.redraw();
  }
  network.on("click", function (params) {
    if (!params.nodes.length || typeof params.nodes[0] !== "number") return;
    fromGraph = true;
    go({s: NODES[params.nodes[0]].id, at: null});
  });
  network.on("doubleClick", function (params) {
    if (!params.nodes.length || typeof params.nodes[0] !== "number") return;
    var n = NODES[params.nodes[0]];
    fromGraph = true;
    go(n.t === "Article" ? {v: "art:" + n.id, s: n.id} : {v: "nb:" + n.id, s: n.id});
  });
  window.addEventListener("hashchange", route);

  // ---- controls ----------------------------------------------------------------------------
  document.querySelector("button[data-view=overview]").addEventListener("click", function () { go({v: null, s: null, at: null}); });
  $("view-select").addEventListener("change", function () { if (this.value) go({v: this.value, s: null, at: null}); });
  $("depth").addEventListener("change", function () {
    var v = state().get("v") || "", s = state().get("s");
    if (v.slice(0, 3) !== "nb:" && s && INDEX[s] !== undefined && NODES[INDEX[s]].t !== "Article") go({v: "nb:" + s, d: this.value});
    else go({d: this.value});
  });
  $("show-articles").addEventListener("change", function () { go({ar: this.checked ? "1" : null}); });
  document.querySelectorAll("#legend input.type").forEach(function (box) {
    box.addEventListener("change", function () {
      hiddenTypes[box.value] = !box.checked;
      nodes.update(nodes.get({filter: function (n) { return n.ktype === box.value; }})
        .map(function (n) { return {id: n.id, hidden: !box.checked}; }));
    });
  });

  // ---- search with suggestions, by name or alias --------------------------------------------
  var NAMES = [];
  NODES.forEach(function (n, i) {
    if (n.t === "Article") { if (n.h) NAMES.push([i, n.h.toLowerCase(), null]); return; }
    NAMES.push([i, n.n.toLowerCase(), null]);
    (n.al || []).forEach(function (a) { NAMES.push([i, a.toLowerCase(), a]); });
  });
  var search = $("search"), box = $("suggestions"), hits = [], active = 0;
  function suggest() {
    var q = search.value.trim().toLowerCase();
    box.textContent = ""; hits = []; active = 0;
    if (!q) { box.hidden = true; return; }
    var best = {};
    NAMES.forEach(function (entry) {
      var at = entry[1].indexOf(q);
      if (at < 0) return;
      var score = (entry[1] === q ? 0 : at === 0 ? 1 : 2) + (entry[2] ? 0.5 : 0);
      var i = entry[0];
      if (!best[i] || score < best[i][0]) best[i] = [score, entry[2]];
    });
    hits = Object.keys(best).map(Number).sort(function (a, b) {
      return best[a][0] - best[b][0] || (NODES[b].w || 0) - (NODES[a].w || 0) || a - b;
    }).slice(0, 12);
    hits.forEach(function (i, k) {
      var n = NODES[i];
      box.append(el("li", {role: "option", class: k === 0 ? "active" : "", "data-node": n.id,
                           onmousedown: function (ev) { ev.preventDefault(); pick(i); }},
        el("span", {class: "swatch", style: {background: COLOR[n.t]}}), el("span", {}, n.n),
        best[i][1] ? el("span", {class: "alias"}, "别名 alias " + best[i][1]) : null,
        el("span", {class: "meta"}, SHORT[n.t] + (n.w ? " · " + n.w : ""))));
    });
    if (!hits.length) box.append(el("li", {class: "muted"}, "无结果 no match"));
    box.hidden = false;
  }
  function pick(i) {
    box.hidden = true; search.blur();
    var key = state().get("v") || "overview";
    var inView = nodes.get(i) != null;
    if (NODES[i].t === "Article") go({s: NODES[i].id, at: null, v: inView ? key : "art:" + NODES[i].id});
    else go({s: NODES[i].id, at: null, v: inView ? key : "nb:" + NODES[i].id});
  }
  search.addEventListener("input", suggest);
  search.addEventListener("focus", function () { if (search.value.trim()) suggest(); });
  search.addEventListener("blur", function () { box.hidden = true; });
  search.addEventListener("keydown", function (ev) {
    if (ev.key === "ArrowDown" || ev.key === "ArrowUp") {
      ev.preventDefault();
      if (!hits.length) return;
      active = (active + (ev.key === "ArrowDown" ? 1 : hits.length - 1)) % hits.length;
      box.querySelectorAll("li").forEach(function (li, k) { li.className = k === active ? "active" : ""; });
    } else if (ev.key === "Enter") { if (hits.length) pick(hits[active]); }
    else if (ev.key === "Escape") box.hidden = true;
  });

  // ---- start -------------------------------------------------------------------------------
  network.once("afterDrawing", function () {
    window.kgFirstFrame = performance.now();
    document.documentElement.setAttribute("data-ready", "1");
  });
  route();
  window.kgView = {network: network, nodes: NODES, index: INDEX, go: go};
})();
