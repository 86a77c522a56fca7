{{%AUTOESCAPE context="HTML"}}
<figure class="chart" id="{{ID}}">
<img src="{{SRC}}" alt="{{ALT}}">
<figcaption><strong>{{TITLE}}</strong> {{ALT}}</figcaption>
<details class="chart-data">
<summary>{{L_DATA_TABLE}}: {{TITLE}}</summary>
{{>TABLE}}
</details>
</figure>
