{{%AUTOESCAPE context="HTML"}}
{{#NEW}}<p class="new-since">{{TEXT}}</p>{{/NEW}}
<section aria-labelledby="overview-h" class="keep">
<h2 id="overview-h">{{L_OVERVIEW}}</h2>
<dl class="facts">
<dt>{{L_PROJECT_ID}}</dt><dd class="pid">{{ID}}</dd>
<dt>{{L_TITLE}}</dt><dd>{{TITLE}}{{#OTHER_TITLE}} / <span lang="{{OTHER_LANG}}">{{TEXT}}</span>{{/OTHER_TITLE}}</dd>
<dt>{{L_SCHEME}}</dt><dd>{{SCHEME}}</dd>
<dt>{{L_PERIOD}}</dt><dd>{{PERIOD}}</dd>
<dt>{{L_PILLARS}}</dt><dd>{{PILLARS}}</dd>
<dt>{{L_COUNTRIES}}</dt><dd>{{#C}}<a href="{{HREF}}">{{NAME}}</a>{{#C_separator}}{{LIST_SEP}}{{/C_separator}}{{/C}}{{#NO_C}}{{TEXT}}{{/NO_C}}</dd>
<dt>{{L_COUNTERPART}}</dt><dd>{{COUNTERPART}}</dd>
<dt>{{L_PARTNERS}}</dt><dd>{{PARTNERS}}</dd>
<dt>{{L_BUDGET}}</dt><dd>{{BUDGET}}</dd>
<dt>{{L_URL}}</dt><dd>{{#LINK}}<a href="{{URL_HREF}}" rel="noopener noreferrer">{{URL}}</a>{{/LINK}}{{#URL_TEXT}}<span class="url-text">{{URL}}</span>{{/URL_TEXT}}{{#NO_URL}}&mdash;{{/NO_URL}}</dd>
<dt>{{L_SOURCES}}</dt><dd>{{#NO_SOURCES}}&mdash;{{/NO_SOURCES}}{{#SOURCES}}<ul class="sources">
{{#SOURCE}}<li>{{#SOURCE_LINK}}<a href="{{HREF}}" rel="noopener noreferrer">{{URL}}</a>{{/SOURCE_LINK}}{{#SOURCE_TEXT}}<span class="url-text">{{URL}}</span>{{/SOURCE_TEXT}}</li>
{{/SOURCE}}</ul>{{/SOURCES}}</dd>
</dl>
</section>
<section aria-labelledby="part-h">
<h2 id="part-h">{{L_PARTICIPATION_PROJECT_HEADING}}</h2>
{{#NO_PARTICIPATION}}<p>{{L_NONE}}</p>{{/NO_PARTICIPATION}}
{{#PARTICIPATION}}<div class="table-wrap">
<table class="data">
<thead><tr><th scope="col">{{L_FISCAL_YEAR}}</th><th scope="col">{{L_COUNTRIES}}</th><th scope="col">{{L_PARTICIPANTS}}</th><th scope="col">{{L_WOMEN}}</th></tr></thead>
<tbody>
{{#YEAR}}<tr><th scope="row">{{FY}}</th><td class="txt">{{NAMES}}</td><td class="num">{{PEOPLE}}</td><td class="num">{{WOMEN}}</td></tr>
{{/YEAR}}
</tbody>
</table>
</div>{{/PARTICIPATION}}
</section>
<section aria-labelledby="scenario-h">
<h2 id="scenario-h">{{SCENARIO_HEADING}}</h2>
<p>{{D1_RESULT}}</p>
{{#NO_SCENARIO}}<p>{{TEXT}}</p>{{/NO_SCENARIO}}
{{>SCENARIO_TABLE}}
{{#SCENARIO_CHART}}<figure class="chart">
<img src="{{SRC}}" alt="{{ALT}}">
<figcaption><strong>{{TITLE}}</strong> {{ALT}}</figcaption>
</figure>
{{/SCENARIO_CHART}}
</section>
<section aria-labelledby="d1-h">
<h2 id="d1-h">{{L_D1_HEADING}}</h2>
{{#NO_ASSESSMENTS}}<p>{{L_NONE}}</p>{{/NO_ASSESSMENTS}}
{{>ASSESSMENTS}}
</section>
