// planlint serve's page: choose or drop drafts, check them through the JSON API, show the HTML
// report planlint writes in a sandboxed frame, and download annotated copies of .docx files.
// No framework, nothing loaded from elsewhere (the page's CSP allows only this server).
"use strict";
(function () {
  const labels = {
    zh: {
      title: "planlint 草稿检查",
      other: "English",
      drop: "把 .docx、.txt 或 .md 文件拖到这里，或选择文件：",
      rules: "规则集",
      token: "令牌",
      check: "检查",
      checking: "正在检查 {n} 个文件…",
      checked: "已检查 {n} 个文件。",
      annotate: "下载带批注的副本：{name}",
      annotating: "正在生成带批注的副本…",
      annotated: "已下载 {name}",
      report: "检查报告",
      needToken: "此服务需要令牌：请填写管理员给出的令牌。",
      failed: "请求失败（{status}）",
      unreachable: "无法连接到服务器。",
      notSupported: "不支持的文件类型（只接受 .docx、.txt、.md）：{name}",
    },
    en: {
      title: "planlint: check a draft",
      other: "中文",
      drop: "Drop .docx, .txt or .md files here, or choose them:",
      rules: "Rule set",
      token: "Token",
      check: "Check",
      checking: "Checking {n} file(s)…",
      checked: "Checked {n} file(s).",
      annotate: "Download the annotated copy: {name}",
      annotating: "Writing the annotated copy…",
      annotated: "Downloaded {name}",
      report: "Report",
      needToken: "This server needs a token: enter the one your administrator gave you.",
      failed: "The request failed ({status})",
      unreachable: "Cannot reach the server.",
      notSupported: "Not a supported file (.docx, .txt, .md only): {name}",
    },
  };
  const lang = document.documentElement.lang === "en" ? "en" : "zh";
  const text = (key, values = {}) =>
    labels[lang][key].replace(/\{(\w+)\}/g, (_, name) => String(values[name]));
  const $ = (id) => document.getElementById(id);
  let files = [];

  // A token handed out as a link (…/#token=T) never reaches the server's logs; it is kept for
  // this tab only.
  const hashToken = new URLSearchParams(location.hash.slice(1)).get("token");
  if (hashToken) {
    sessionStorage.setItem("planlint-token", hashToken);
    history.replaceState(null, "", location.pathname + location.search);
  }
  $("token").value = sessionStorage.getItem("planlint-token") || "";

  function headers() {
    const token = $("token").value.trim();
    return token ? { Authorization: "Bearer " + token } : {};
  }

  function showErrors(messages) {
    const list = $("errors");
    list.replaceChildren(...messages.map((message) => {
      const item = document.createElement("li");
      item.textContent = message;
      return item;
    }));
  }

  // The messages of a refused request: the server's {"errors": […]} in this page's language.
  async function failure(response) {
    if (response.status === 401) {
      $("token-row").hidden = false;
      return [text("needToken")];
    }
    try {
      const body = await response.json();
      if (Array.isArray(body.errors)) return body.errors.map(String);
    } catch (ignored) { /* not JSON: say the status */ }
    return [text("failed", { status: response.status })];
  }

  async function loadRules() {
    let response;
    try {
      response = await fetch("api/rules", { headers: headers() });
    } catch (error) {
      showErrors([text("unreachable")]);
      return;
    }
    if (!response.ok) {
      showErrors(await failure(response));
      return;
    }
    const rules = await response.json();
    $("rules").replaceChildren(...rules.rule_sets.map((set) => {
      const option = document.createElement("option");
      option.value = set.id;
      option.textContent = set.id + (set.description ? " — " + set.description : "");
      option.selected = set.id === rules.default;
      return option;
    }));
    showErrors([]);
    updateButton();
  }

  function updateButton() {
    $("check").disabled = files.length === 0 || $("rules").options.length === 0;
  }

  function choose(chosen) {
    const accepted = [];
    const refused = [];
    for (const file of chosen) {
      (/\.(docx|txt|md)$/i.test(file.name) ? accepted : refused).push(file);
    }
    files = accepted;
    $("chosen").replaceChildren(...files.map((file) => {
      const item = document.createElement("li");
      item.textContent = file.name;
      return item;
    }));
    showErrors(refused.map((file) => text("notSupported", { name: file.name })));
    updateButton();
  }

  function upload(path, chosen) {
    const form = new FormData();
    for (const file of chosen) form.append("file", file, file.name);
    const query = new URLSearchParams({ lang, rules: $("rules").value });
    if (path === "api/check") query.set("format", "html");
    return fetch(path + "?" + query, { method: "POST", headers: headers(), body: form });
  }

  async function check() {
    const chosen = files.slice();
    $("check").disabled = true;
    $("status").textContent = text("checking", { n: chosen.length });
    showErrors([]);
    try {
      const response = await upload("api/check", chosen);
      if (!response.ok) {
        showErrors(await failure(response));
        $("status").textContent = "";
        return;
      }
      $("report").srcdoc = await response.text();
      $("result").hidden = false;
      $("status").textContent = text("checked", { n: chosen.length });
      offerDownloads(chosen.filter((file) => /\.docx$/i.test(file.name)));
    } catch (error) {
      showErrors([text("unreachable")]);
      $("status").textContent = "";
    } finally {
      updateButton();
    }
  }

  function offerDownloads(documents) {
    $("downloads").replaceChildren(...documents.map((file) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary download";
      button.textContent = text("annotate", { name: file.name });
      button.addEventListener("click", () => annotate(file));
      return button;
    }));
  }

  async function annotate(file) {
    $("status").textContent = text("annotating");
    try {
      const response = await upload("api/annotate", [file]);
      if (!response.ok) {
        showErrors(await failure(response));
        $("status").textContent = "";
        return;
      }
      const name = file.name.replace(/\.docx$/i, "") + ".planlint.docx";
      const link = document.createElement("a");
      link.href = URL.createObjectURL(await response.blob());
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60000);
      $("status").textContent = text("annotated", { name });
    } catch (error) {
      showErrors([text("unreachable")]);
      $("status").textContent = "";
    }
  }

  for (const node of document.querySelectorAll("[data-label]")) {
    node.textContent = text(node.dataset.label);
  }
  document.title = text("title");
  $("report").title = text("report");
  const other = lang === "zh" ? "en" : "zh";
  $("other-language").href = "?lang=" + other;
  $("files").addEventListener("change", () => choose([...$("files").files]));
  // A file dropped beside the drop zone would make the browser open it in place of the page.
  for (const type of ["dragover", "drop"]) window.addEventListener(type, (event) => event.preventDefault());
  const drop = $("drop");
  drop.addEventListener("dragover", (event) => {
    event.preventDefault();
    drop.classList.add("over");
  });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    choose([...event.dataTransfer.files]);
  });
  $("rules").addEventListener("change", updateButton);
  $("check").addEventListener("click", check);
  $("token").addEventListener("change", () => {
    sessionStorage.setItem("planlint-token", $("token").value.trim());
    loadRules();
  });
  loadRules().then(() => document.documentElement.setAttribute("data-ready", "1"));
})();
