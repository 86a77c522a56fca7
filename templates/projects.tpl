{{%AUTOESCAPE context="HTML"}}
<p class="note">{{SUMMARY}}</p>
<div class="tools" id="project-tools" hidden>
<label for="project-filter">{{L_FILTER_LABEL}}</label>
<input type="search" id="project-filter" autocomplete="off">
{{#FACET}}<label for="facet-{{KEY}}">{{LABEL}}</label>
<select id="facet-{{KEY}}" data-facet="{{KEY}}"><option value="">{{L_FACET_ALL}}</option>
{{#OPTION}}<option value="{{VALUE}}">{{TEXT}}</option>
{{/OPTION}}</select>
{{/FACET}}<output id="project-count" for="project-filter" aria-live="polite"></output>
<span class="hint">{{L_SORT_HINT}}</span>
</div>
<div class="table-wrap">
<table class="data sortable" id="projects" data-count="{{COUNT_TEMPLATE}}">
<thead><tr>
<th scope="col">{{L_PROJECT_ID}}</th><th scope="col">{{L_TITLE}}</th><th scope="col">{{L_SCHEME}}</th>
<th scope="col">{{L_COUNTRIES}}</th><th scope="col" data-type="date">{{L_START}}</th><th scope="col" data-type="date">{{L_END}}</th>
<th scope="col">{{L_PILLARS}}</th><th scope="col">{{L_COUNTERPART}}</th><th scope="col">{{L_PARTNERS}}</th>
<th scope="col" data-type="num">{{L_BUDGET}}</th>
</tr></thead>
{{#HAS_ROWS}}<tbody>{{/HAS_ROWS}}
{{ROWS:none}}{{#HAS_ROWS}}</tbody>{{/HAS_ROWS}}
</table>
</div>
