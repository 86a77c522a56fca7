{{%AUTOESCAPE context="HTML"}}
<section aria-labelledby="changes-h" class="changes">
<h2 id="changes-h">{{CHANGES_HEADING}}</h2>
{{#NO_CHANGES}}<p>{{TEXT}}</p>{{/NO_CHANGES}}
{{#CHANGE_GROUP}}<h3>{{NAME}}</h3>
<ul class="changes">
{{#ITEM}}<li>{{#LINK}}<a href="{{HREF}}">{{SUBJECT}}</a>{{/LINK}}{{#PLAIN}}{{SUBJECT}}{{/PLAIN}}: {{TEXT}}{{#ROW}} <code class="row">{{REF}}</code>{{/ROW}}</li>
{{/ITEM}}</ul>
{{/CHANGE_GROUP}}
</section>
{{#REVISIONS}}<section aria-labelledby="revisions-h" class="revisions">
<h2 id="revisions-h">{{HEADING}}</h2>
<p class="note">{{NOTE}}</p>
{{#NONE}}<p>{{TEXT}}</p>{{/NONE}}
{{#HAS_ITEMS}}<ul class="revisions">
{{#ITEM}}<li><code>{{FIGURE}}</code>: {{TEXT}}</li>
{{/ITEM}}</ul>{{/HAS_ITEMS}}
</section>{{/REVISIONS}}
<section aria-labelledby="cards-h">
<h2 id="cards-h">{{L_CARDS_HEADING}}</h2>
<div class="cards">
{{#CARD}}<article class="card {{STATUS_CLASS}}">
<h3><span class="code">{{CODE}}</span> {{NAME}}</h3>
<p class="big"><span class="value">{{VALUE}}</span>{{#TARGETED}} <span class="of">/ {{TARGET}}</span>{{/TARGETED}}</p>
<dl>
{{#RESULT}}<dt>{{LABEL}}</dt><dd>{{COUNT}}</dd>
{{/RESULT}}{{#TARGETED}}<dt>{{L_TARGET}}</dt><dd>{{TARGET_TEXT}}</dd>
<dt>{{L_DEADLINE}}</dt><dd>{{DEADLINE}}</dd>
<dt>{{L_STATUS}}</dt><dd class="status"><span class="icon" aria-hidden="true">{{ICON}}</span> {{STATUS}}</dd>{{/TARGETED}}
</dl>
{{#NOTE}}<p class="note">{{TEXT}}</p>{{/NOTE}}
</article>
{{/CARD}}
</div>
</section>
<section aria-labelledby="charts-h">
<h2 id="charts-h">{{L_CHARTS_HEADING}}</h2>
<div class="charts">
{{>CHART}}
</div>
</section>
<section aria-labelledby="countries">
<h2 id="countries">{{L_COUNTRIES_HEADING}}</h2>
<p class="note">{{COUNTRIES_NOTE}} {{SORT_NOTE}}</p>
{{>MAIN_TABLE}}
{{#HAS_OTHERS}}<details class="others">
<summary>{{OTHERS_SUMMARY}}</summary>
{{>OTHER_TABLE}}
</details>{{/HAS_OTHERS}}
</section>
