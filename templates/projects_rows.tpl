{{%AUTOESCAPE context="HTML"}}
{{!-- projects.html's rows, expanded a thousand at a time and set into
     projects.tpl's ROWS (html_page_project.c: list_rows) --}}{{#ROW}}<tr data-country="{{F_COUNTRY}}" data-scheme="{{F_SCHEME}}" data-partner="{{F_PARTNER}}" data-status="{{F_STATUS}}">
<th scope="row"><a href="{{HREF}}">{{ID}}</a></th><td>{{TITLE}}</td><td class="word">{{SCHEME}}</td>
<td class="word">{{#C}}<a href="{{HREF}}">{{NAME}}</a>{{#C_separator}}{{LIST_SEP}}{{/C_separator}}{{/C}}{{#NO_C}}{{TEXT}}{{/NO_C}}</td>
<td class="date" data-sort="{{START_KEY}}">{{START}}</td><td class="date" data-sort="{{END_KEY}}">{{END}}</td>
<td class="word">{{PILLARS}}</td><td>{{COUNTERPART}}</td><td>{{PARTNERS}}</td><td class="num" data-sort="{{BUDGET_KEY}}">{{BUDGET}}</td>
</tr>
{{/ROW}}
