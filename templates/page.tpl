{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} | {{PROGRAMME}}</title>
<link rel="stylesheet" href="{{ROOT}}assets/site.css">
<style>{{PRINT_CSS:none}}</style>
<link rel="icon" href="{{ROOT}}assets/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" href="{{ROOT}}feed.xml" title="{{L_FEED}}">
</head>
<body>
<a class="skip" href="#main">{{L_SKIP}}</a>
<header class="site">
<p class="programme">{{PROGRAMME}}</p>
<nav aria-label="{{L_NAV_LABEL}}">
<ul>
<li><a href="{{ROOT}}index.html"{{#CURRENT_HOME}} aria-current="page"{{/CURRENT_HOME}}>{{L_NAV_HOME}}</a></li>
<li><a href="{{ROOT}}index.html#countries"{{#CURRENT_COUNTRIES}} aria-current="page"{{/CURRENT_COUNTRIES}}>{{L_NAV_COUNTRIES}}</a></li>
<li><a href="{{ROOT}}projects.html"{{#CURRENT_PROJECTS}} aria-current="page"{{/CURRENT_PROJECTS}}>{{L_NAV_PROJECTS}}</a></li>
<li><a href="{{ROOT}}methodology.html"{{#CURRENT_METHODOLOGY}} aria-current="page"{{/CURRENT_METHODOLOGY}}>{{L_NAV_METHODOLOGY}}</a></li>
</ul>
</nav>
</header>
<main id="main">
<h1>{{TITLE}}</h1>
<p class="asof">{{L_AS_OF}} <strong>{{AS_OF}}</strong> <span class="quarter">({{QUARTER}})</span></p>
{{>BODY}}
</main>
<footer class="site">
<p>{{PROGRAMME}}. {{L_FOOTER}} <a href="{{ROOT}}methodology.html">{{L_NAV_METHODOLOGY}}</a>.</p>
<p class="print-only">{{L_PRINT_NOTE}} {{AS_OF}} ({{QUARTER}}).</p>
</footer>
<script src="{{ROOT}}assets/site.js"></script>
</body>
</html>
