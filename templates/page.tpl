{{%AUTOESCAPE context="HTML"}}
<!DOCTYPE html>
<html lang="{{LANG}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{TITLE}} | {{PROGRAMME}}</title>
<link rel="stylesheet" href="{{HREF_CSS}}">
<link rel="icon" href="{{HREF_ICON}}" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#main">{{L_SKIP}}</a>
<header class="site">
<p class="programme">{{PROGRAMME}}</p>
<nav aria-label="{{L_NAV_LABEL}}">
<ul>
{{#NAV}}<li><a href="{{HREF}}"{{#CURRENT}} aria-current="page"{{/CURRENT}}>{{LABEL}}</a></li>
{{/NAV}}
</ul>
</nav>
</header>
<main id="main">
<h1>{{TITLE}}</h1>
<p class="asof">{{L_AS_OF}} <strong>{{AS_OF}}</strong> <span class="quarter">({{QUARTER}})</span></p>
{{>BODY}}
</main>
<footer class="site">
<p>{{PROGRAMME}}. {{L_FOOTER}} <a href="{{HREF_METHOD}}">{{L_NAV_METHODOLOGY}}</a>.</p>
<p class="print-only">{{L_PRINT_NOTE}} {{AS_OF}} ({{QUARTER}}).</p>
</footer>
<script src="{{HREF_JS}}"></script>
</body>
</html>
