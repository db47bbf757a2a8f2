<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../explorer/qt/shell/alert_center.py" line="79"/>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shell/alert_center.py" line="85"/>
        <source>Price alert: %1</source>
        <translation>价格提醒：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/shell/alert_center.py" line="97"/>
        <source>Exchange Explorer: price alerts</source>
        <translation>交易所浏览器：价格提醒</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <location filename="../../explorer/live/alerts.py" line="38"/>
        <source>%1 is at %2, at or above %3</source>
        <extracomment>What an alert says when it fires: %1 the market (&quot;BTC/USDT on Binance&quot;), %2 the price, %3 the threshold (or the percentage), %4 the window in minutes</extracomment>
        <translation>%1 现价 %2，已达到或高于 %3</translation>
    </message>
    <message>
        <location filename="../../explorer/live/alerts.py" line="39"/>
        <source>%1 is at %2, at or below %3</source>
        <translation>%1 现价 %2，已达到或低于 %3</translation>
    </message>
    <message>
        <location filename="../../explorer/live/alerts.py" line="40"/>
        <source>%1 moved %3 % within %4 min, to %2</source>
        <translation>%1 在 %4 分钟内变动 %3 %，现价 %2</translation>
    </message>
</context>
<context>
    <name>AlertsDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="45"/>
        <source>Price alerts</source>
        <translation>价格提醒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="53"/>
        <source>e.g. BTC/USDT</source>
        <translation>例如 BTC/USDT</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="55"/>
        <source>Last price at or above</source>
        <translation>最新价达到或高于</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="56"/>
        <source>Last price at or below</source>
        <translation>最新价达到或低于</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="57"/>
        <source>Moves by ± (percent)</source>
        <translation>涨跌幅达到 ±（百分比）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="64"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="65"/>
        <source>&amp;Add alert</source>
        <translation>添加提醒(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="73"/>
        <source>&amp;Exchange:</source>
        <translation>交易所(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="74"/>
        <source>&amp;Market:</source>
        <translation>市场(&amp;M)：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="75"/>
        <source>&amp;When:</source>
        <translation>条件(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="76"/>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="77"/>
        <source>W&amp;ithin:</source>
        <translation>时间窗口(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="78"/>
        <source>New alert</source>
        <translation>新提醒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="84"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="84"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="84"/>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="85"/>
        <source>Last price</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="85"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="87"/>
        <source>Switch o&amp;n/off</source>
        <translation>开启/关闭(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="89"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="95"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="95"/>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="97"/>
        <source>C&amp;lear history</source>
        <translation>清除历史(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="107"/>
        <source>Alerts (checked on every price the app receives, and every %1 s while it runs)</source>
        <translation>提醒（应用收到的每个价格都会检查，运行期间另每 %1 秒检查一次）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="112"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="137"/>
        <source>Type the market as BASE/QUOTE, e.g. BTC/USDT.</source>
        <translation>请按 BASE/QUOTE 格式输入市场，例如 BTC/USDT。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="149"/>
        <source>Type a percentage above 0, e.g. 5.</source>
        <translation>请输入大于 0 的百分比，例如 5。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="150"/>
        <source>Type a price above 0, e.g. 70000.</source>
        <translation>请输入大于 0 的价格，例如 70000。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="169"/>
        <source>percent, e.g. 5</source>
        <translation>百分比，例如 5</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="170"/>
        <source>price, e.g. 70000</source>
        <translation>价格，例如 70000</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="176"/>
        <source>moves ±%1 % within %2 min</source>
        <translation>%2 分钟内涨跌 ±%1 %</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="180"/>
        <source>last ≥ %1</source>
        <translation>最新价 ≥ %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="180"/>
        <source>last ≤ %1</source>
        <translation>最新价 ≤ %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="189"/>
        <source>off</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="191"/>
        <source>armed</source>
        <translation>待触发</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/alerts_dialog.py" line="193"/>
        <source>fired; waits</source>
        <translation>已触发，等待复位</translation>
    </message>
</context>
<context>
    <name>CandleChart</name>
    <message>
        <location filename="../../explorer/qt/widgets/candle_chart.py" line="70"/>
        <source>Price chart</source>
        <translation>价格图表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/candle_chart.py" line="355"/>
        <source>%1 UTC   O %2   H %3   L %4   C %5 (%6)   V %7</source>
        <translation>%1 UTC   开 %2   高 %3   低 %4   收 %5 (%6)   量 %7</translation>
    </message>
</context>
<context>
    <name>CatalogueError</name>
    <message>
        <location filename="../../explorer/catalogue/ccxt_snapshot.py" line="31"/>
        <source>%1: unknown country code %2</source>
        <translation>%1：未知的国家代码 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/listing.py" line="47"/>
        <source>unknown country or region %1</source>
        <translation>未知的国家或地区 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/listing.py" line="60"/>
        <source>unreadable API version %1</source>
        <translation>无法识别的 API 版本 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/listing.py" line="88"/>
        <source>invalid exchange id %1</source>
        <translation>无效的交易所 ID %1</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/md_table.py" line="27"/>
        <source>expected one table, found %1</source>
        <translation>应有一个表格，实际找到 %1 个</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/merge.py" line="42"/>
        <source>the catalogue already has the snapshot %1</source>
        <translation>目录中已有快照 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/merge.py" line="47"/>
        <source>the snapshot %1 lists no exchange</source>
        <translation>快照 %1 没有收录任何交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/merge.py" line="57"/>
        <source>the snapshot %1 lists %2 twice</source>
        <translation>快照 %1 重复收录了 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="54"/>
        <source>unknown table column %1</source>
        <translation>未知的表格列 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="63"/>
        <source>table has no %1 column</source>
        <translation>表格缺少 %1 列</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="69"/>
        <source>table has no country column</source>
        <translation>表格缺少国家列</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="82"/>
        <source>row has no id (truncated or malformed row)</source>
        <translation>该行没有 ID（行被截断或格式有误）</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="84"/>
        <source>row has no name (truncated or malformed row)</source>
        <translation>该行没有名称（行被截断或格式有误）</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/rows.py" line="100"/>
        <source>row has no country</source>
        <translation>该行没有国家</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/text.py" line="29"/>
        <source>binary content (NUL byte), not a text document</source>
        <translation>内容为二进制（含 NUL 字节），不是文本文档</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/text.py" line="38"/>
        <source>not valid UTF-8 (%1)</source>
        <translation>不是有效的 UTF-8（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/catalogue/update.py" line="115"/>
        <source>the Supported Exchanges page lists no exchange</source>
        <translation>“Supported Exchanges”页面没有列出任何交易所</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="67"/>
        <source>%1 candles</source>
        <translation>%1 K 线</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="73"/>
        <source>Wheel or +/- to zoom, drag or ←/→ to move, Home/End for the oldest/newest</source>
        <translation>滚轮或 +/- 缩放，拖动或 ←/→ 移动，Home/End 跳到最早/最新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="81"/>
        <source>Select a market in the watchlist or the Markets tab to chart it.</source>
        <translation>在自选列表或“市场”标签页中选择一个市场，即可查看其图表。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="97"/>
        <source>%1 gives no %2 candles</source>
        <translation>%1 不提供 %2 K 线</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="108"/>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="127"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="114"/>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="138"/>
        <source>Loading %1 candles of %2…</source>
        <translation>正在加载 %2 的 %1 K 线…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="150"/>
        <source>The exchange sent no candles for this market.</source>
        <translation>交易所没有返回该市场的 K 线。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="155"/>
        <source>%1 candles of %2 · updated %3</source>
        <translation>%1 根 %2 K 线 · 更新于 %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/widgets/chart_pane.py" line="158"/>
        <source>%n row(s) of the answer left out</source>
        <translation>
            <numerusform>答复中有 %n 行被略去</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="37"/>
        <source>Compare prices</source>
        <translation>比较价格</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="42"/>
        <source>All exchanges</source>
        <translation>所有交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="52"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="57"/>
        <source>%v of %m exchanges</source>
        <translation>%v / %m 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="92"/>
        <source>Symbol:</source>
        <translation>交易对：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="94"/>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="208"/>
        <source>Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)</source>
        <translation>最高买价：%1   最低卖价：%2   （此范围内有 %3 个交易所没有实时行情）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="215"/>
        <source>%1 of %2 exchanges gave no price; the table says why on each row.</source>
        <translation>%2 个交易所中有 %1 个没有给出价格；表格中每一行都说明了原因。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="221"/>
        <source>No exchange could be reached: this computer seems offline.</source>
        <translation>无法连接任何交易所：这台电脑似乎处于离线状态。</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="44"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>vs median</source>
        <translation>相对中位数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="45"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="46"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="191"/>
        <source>fetching…</source>
        <translation>获取中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="208"/>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="208"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>CountryTreeModel</name>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="184"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="184"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="197"/>
        <source>%1 — formerly %2</source>
        <translation>%1 — 曾用 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/models/tree_model.py" line="253"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 个交易所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="257"/>
        <source>Formerly %1</source>
        <translation>曾用 ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="259"/>
        <source>Renamed to %1</source>
        <translation>已更名为 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="261"/>
        <source>No longer listed by ccxt</source>
        <translation>ccxt 已不再收录</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/market/client.py" line="162"/>
        <location filename="../../explorer/market/client.py" line="368"/>
        <location filename="../../explorer/market/client.py" line="396"/>
        <source>the client is closed</source>
        <translation>客户端已关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/client.py" line="174"/>
        <source>the client was closed</source>
        <translation>客户端已被关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/client.py" line="374"/>
        <source>it has no all-markets endpoint</source>
        <translation>它没有一次列出所有市场的接口</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="89"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="104"/>
        <source>try again after %1 UTC</source>
        <translation>请在 UTC %1 之后重试</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="131"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="132"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="152"/>
        <source>HTTP %1, the endpoint needs a login</source>
        <translation>HTTP %1，该接口需要登录</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="44"/>
        <source>no %1 in the response</source>
        <translation>响应中没有 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="83"/>
        <source>it sent a web page instead of prices</source>
        <extracomment>Fields whose value was there but invalid, with the reason (they are None in ``Fields``).</extracomment>
        <translation>返回的是网页而不是行情数据</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="149"/>
        <source>it has no valid price (%1)</source>
        <translation>没有有效的价格（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="151"/>
        <source>it has no price (no last, bid or ask)</source>
        <translation>没有价格（没有最新价、买价或卖价）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="230"/>
        <source>%1 is not a number</source>
        <translation>%1 不是数字</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="237"/>
        <source>the JSON is nested too deeply</source>
        <translation>JSON 嵌套过深</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="240"/>
        <source>invalid or truncated JSON (line %1, column %2)</source>
        <translation>JSON 无效或被截断（第 %1 行第 %2 列）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="245"/>
        <source>the response is not valid UTF-8</source>
        <translation>响应不是有效的 UTF-8 文本</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="248"/>
        <source>invalid or truncated JSON (%1)</source>
        <translation>JSON 无效或被截断（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="342"/>
        <source>it answered for %1, not %2</source>
        <translation>返回的是 %1 而不是 %2 的数据</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="352"/>
        <source>unexpected shape (%1)</source>
        <translation>数据结构不符合预期（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="370"/>
        <source>the response is empty</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="373"/>
        <source>the ticker is neither an object nor an array</source>
        <translation>行情数据既不是对象也不是数组</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="380"/>
        <source>expected a list to pick the symbol from</source>
        <translation>应为可从中选取交易对的列表</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="389"/>
        <source>%1 is not in the list</source>
        <translation>列表中没有 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="75"/>
        <source>the compressed response was cut off</source>
        <translation>压缩的响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="80"/>
        <source>the response is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="93"/>
        <source>the response is compressed more than once</source>
        <translation>响应被重复压缩</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="99"/>
        <source>the response uses an unknown encoding (%1)</source>
        <translation>响应使用了未知的编码（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="98"/>
        <source>the CA certificates (SSL_CERT_FILE, SSL_CERT_DIR) could not be loaded: %1</source>
        <translation>无法加载 CA 证书（SSL_CERT_FILE、SSL_CERT_DIR）：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="114"/>
        <source>not a URL</source>
        <translation>不是 URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="120"/>
        <source>a proxy URL starts with one of %1</source>
        <translation>代理 URL 须以下列之一开头：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="124"/>
        <source>a proxy URL needs a host</source>
        <translation>代理 URL 须包含主机名</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="159"/>
        <location filename="../../explorer/net/client.py" line="201"/>
        <source>it redirected to an invalid address</source>
        <translation>重定向到了无效的地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="164"/>
        <source>it redirected to an address that is not http(s)</source>
        <translation>重定向到了非 http(s) 地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="169"/>
        <source>it redirected from https to insecure http</source>
        <translation>从 https 重定向到了不安全的 http</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="219"/>
        <location filename="../../explorer/net/failures.py" line="116"/>
        <source>it redirected too many times</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="96"/>
        <source>no full answer within %1 s</source>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="104"/>
        <source>the secure connection could not be verified</source>
        <translation>无法验证安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="111"/>
        <source>the proxy failed: %1</source>
        <translation>代理出错：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="121"/>
        <source>the address is not a valid http(s) URL</source>
        <translation>该地址不是有效的 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="126"/>
        <source>the request could not be sent as given</source>
        <translation>无法按原样发送该请求</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="53"/>
        <location filename="../../explorer/net/failures.py" line="131"/>
        <source>the compressed response is corrupt</source>
        <translation>压缩的响应已损坏</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="135"/>
        <source>the response was cut off</source>
        <translation>响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="140"/>
        <source>the connection dropped before an answer</source>
        <translation>收到响应前连接已断开</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="147"/>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="160"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="165"/>
        <source>no route to it</source>
        <translation>没有到达它的路由</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="168"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
    <message>
        <location filename="../../explorer/live/catalogue_update.py" line="31"/>
        <source>the DNS lookup of %1 failed</source>
        <translation>%1 的 DNS 查询失败</translation>
    </message>
    <message>
        <location filename="../../explorer/live/catalogue_update.py" line="132"/>
        <source>%1 answered HTTP %2 for %3</source>
        <translation>%1 对 %3 返回了 HTTP %2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/all_markets.py" line="78"/>
        <source>expected an object of markets</source>
        <extracomment>Each market&apos;s 24 h volume in dollars (usd_volume.py), once :func:`ranked` has run</extracomment>
        <translation>应为市场对象</translation>
    </message>
    <message>
        <location filename="../../explorer/market/all_markets.py" line="82"/>
        <source>expected a list of markets</source>
        <translation>应为市场列表</translation>
    </message>
    <message>
        <location filename="../../explorer/market/all_markets.py" line="86"/>
        <source>it lists more than %1 markets</source>
        <translation>列出的市场超过 %1 个</translation>
    </message>
    <message>
        <location filename="../../explorer/market/all_markets.py" line="158"/>
        <source>this exchange lists no all-markets endpoint</source>
        <translation>该交易所没有一次列出所有市场的接口</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="28"/>
        <source>it sent more than %1 candles</source>
        <translation>返回的 K 线超过 %1 根</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="29"/>
        <source>this app knows no candles endpoint of it yet</source>
        <translation>本应用尚不知道它的 K 线接口</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="73"/>
        <source>it has no %1 candles (only %2)</source>
        <extracomment>Rows of the answer left out, by reason (&quot;a high below its low&quot;: 2)</extracomment>
        <translation>它没有 %1 K 线（只有 %2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="186"/>
        <source>expected a list of candles</source>
        <translation>应为 K 线列表</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="195"/>
        <source>expected an object of candle columns</source>
        <translation>应为按列存放 K 线的对象</translation>
    </message>
    <message>
        <location filename="../../explorer/market/candles.py" line="201"/>
        <source>no %1 column in the response</source>
        <translation>响应中没有 %1 列</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="59"/>
        <location filename="../../explorer/market/hooks.py" line="153"/>
        <source>no &apos;result&apos; object</source>
        <translation>没有 &apos;result&apos; 对象</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="62"/>
        <source>empty result</source>
        <translation>结果为空</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="70"/>
        <source>several pairs in &apos;result&apos; and none is %1</source>
        <translation>&apos;result&apos; 中有多个交易对，但没有 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="73"/>
        <source>pair entry is not an object</source>
        <translation>交易对条目不是对象</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="104"/>
        <source>expected a JSON array</source>
        <translation>应为 JSON 数组</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="113"/>
        <source>empty ticker array</source>
        <translation>行情数组为空</translation>
    </message>
    <message>
        <location filename="../../explorer/market/hooks.py" line="116"/>
        <source>ticker array has %1 items, expected 10</source>
        <translation>行情数组有 %1 项，应为 10 项</translation>
    </message>
    <message>
        <location filename="../../explorer/market/requests.py" line="41"/>
        <source>this endpoint serves only %1 as the base currency</source>
        <extracomment>Placeholder values ({market}, {BASE}, …) for substituting into response paths.</extracomment>
        <translation>该接口只支持 %1 作为基础货币</translation>
    </message>
    <message>
        <location filename="../../explorer/market/requests.py" line="43"/>
        <source>this endpoint serves only %1 as the quote currency</source>
        <translation>该接口只支持 %1 作为计价货币</translation>
    </message>
    <message>
        <location filename="../../explorer/market/specs.py" line="130"/>
        <source>no price definition for this exchange yet</source>
        <extracomment>Why an exchange the bundled table does not name has no live prices (the window translates it).</extracomment>
        <translation>尚未为该交易所定义行情获取方式</translation>
    </message>
    <message>
        <location filename="../../explorer/market/specs.py" line="133"/>
        <source>this adapter prices spot markets (BASE/QUOTE) only</source>
        <translation>该适配器只支持现货市场（BASE/QUOTE）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/specs.py" line="134"/>
        <source>its swaps settle in the quote currency (%1)</source>
        <translation>其永续合约以计价货币结算（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/specs.py" line="135"/>
        <source>its swaps settle in the base currency (%1)</source>
        <translation>其永续合约以基础货币结算（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/specs.py" line="137"/>
        <source>its swaps settle in the %1 currency (%2)</source>
        <translation>其永续合约以 %1 结算（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/symbols.py" line="56"/>
        <source>a symbol is at most %1 characters</source>
        <translation>交易对最多 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../explorer/market/symbols.py" line="68"/>
        <source>%1 is not a BASE/QUOTE symbol</source>
        <translation>%1 不是 BASE/QUOTE 格式的交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/net/urls.py" line="11"/>
        <source>%1 is not a valid URL</source>
        <translation>%1 不是有效的 URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/urls.py" line="28"/>
        <source>the URL is longer than %1 characters</source>
        <translation>URL 超过 %1 个字符</translation>
    </message>
    <message>
        <location filename="../../explorer/net/urls.py" line="32"/>
        <source>%1 contains spaces or control characters</source>
        <translation>%1 含有空格或控制字符</translation>
    </message>
    <message>
        <location filename="../../explorer/net/urls.py" line="41"/>
        <source>%1 is not an http:// or https:// URL</source>
        <translation>%1 不是 http:// 或 https:// 开头的 URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/urls.py" line="45"/>
        <source>%1 must not have a query or fragment</source>
        <translation>%1 不能带查询参数或片段（? 或 #）</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="112"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="113"/>
        <source>Referral link:</source>
        <translation>推荐链接：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="115"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="116"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="117"/>
        <source>Countries:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="118"/>
        <source>Seen:</source>
        <translation>出现：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Snapshot</source>
        <translation>快照</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Listed as</source>
        <translation>收录 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="178"/>
        <source>the homepage ccxt gives (urls.www)</source>
        <translation>ccxt 给出的主页（urls.www）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="180"/>
        <source>the document&apos;s link, without referral codes or sign-in pages</source>
        <translation>文档中的链接，已去掉推荐码和登录页</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="190"/>
        <source>The link as the sources give it, with a referral code</source>
        <translation>来源中给出的原始链接，带推荐码</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="280"/>
        <source>History across ccxt&apos;s documents and releases, oldest first:</source>
        <translation>在 ccxt 各文档和版本中的历史（从旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="282"/>
        <source>History of %1 under every id it had, oldest first:</source>
        <translation>%1 在其所有曾用 ID 下的历史（从旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="294"/>
        <source>not listed</source>
        <translation>未收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="130"/>
        <source>Countries there</source>
        <translation>该文档中的国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="173"/>
        <source>ccxt id: %1</source>
        <translation>ccxt ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="219"/>
        <source>Logo unavailable: %1</source>
        <translation>无法获取标志：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="230"/>
        <source>Listed by %1</source>
        <translation>%1 收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="232"/>
        <source>No longer listed by ccxt</source>
        <translation>ccxt 已不再收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="235"/>
        <source>Left ccxt in %1</source>
        <translation>%1 从 ccxt 移除</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="243"/>
        <source>Renamed to %1 (%2)</source>
        <translation>已更名为 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="245"/>
        <source>Show %1</source>
        <translation>查看 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="249"/>
        <source>Formerly: %1</source>
        <translation>曾用 ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="259"/>
        <source>No developer card: ccxt no longer lists this exchange.</source>
        <translation>无开发者信息：ccxt 已不再收录该交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="274"/>
        <source>first in %1, last in %2</source>
        <translation>最早见于 %1，最后见于 %2</translation>
    </message>
</context>
<context>
    <name>DeveloperCard</name>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="26"/>
        <source>Ticker</source>
        <translation>行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="27"/>
        <source>All tickers at once</source>
        <translation>一次获取全部行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="28"/>
        <source>Candles (OHLCV)</source>
        <translation>K 线（OHLCV）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="29"/>
        <source>Order book</source>
        <translation>订单簿</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="30"/>
        <source>Recent trades</source>
        <translation>最近成交</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="31"/>
        <source>Ticker over WebSocket</source>
        <translation>WebSocket 行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="37"/>
        <source>yes</source>
        <translation>支持</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="39"/>
        <source>emulated (from another call)</source>
        <translation>模拟（由其他接口得出）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="40"/>
        <source>no</source>
        <translation>不支持</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="51"/>
        <source>%1 ms between requests (at most %2 a second)</source>
        <translation>请求间隔 %1 毫秒（每秒最多 %2 次）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="60"/>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="62"/>
        <source>From %1</source>
        <translation>来自 %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="76"/>
        <source>For developers</source>
        <translation>开发者信息</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="97"/>
        <source>Rate limit:</source>
        <translation>频率限制：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="98"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="99"/>
        <source>Trading fees:</source>
        <translation>交易手续费：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="100"/>
        <source>Fee schedule:</source>
        <translation>费率表：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="101"/>
        <source>API hosts:</source>
        <translation>API 主机：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="107"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="113"/>
        <source>Public data ccxt can fetch:</source>
        <translation>ccxt 可获取的公开数据：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="121"/>
        <source>For developers — %1</source>
        <translation>开发者信息 — %1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="126"/>
        <source>WebSocket (ccxt.pro)</source>
        <translation>WebSocket（ccxt.pro）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="128"/>
        <source>No WebSocket in ccxt</source>
        <translation>ccxt 不支持 WebSocket</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="129"/>
        <source>CCXT certified</source>
        <translation>CCXT 认证</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="131"/>
        <source>Not certified</source>
        <translation>未认证</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="132"/>
        <source>Decentralised exchange (DEX)</source>
        <translation>去中心化交易所（DEX）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="134"/>
        <source>Centralised exchange</source>
        <translation>中心化交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="142"/>
        <source>maker %1, taker %2</source>
        <translation>挂单 %1，吃单 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/developer_card.py" line="146"/>
        <source>not given (or tiered)</source>
        <translation>未给出（或为阶梯费率）</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="22"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="23"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="24"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="25"/>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="26"/>
        <source>Still listed</source>
        <translation>仍收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="61"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/exchange_table.py" line="61"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>FetchError</name>
    <message>
        <location filename="../../explorer/market/errors.py" line="37"/>
        <source>%1 is unreachable (%2)</source>
        <extracomment>The one-line message per kind: %1 the exchange&apos;s name, %2 the detail, %3 the symbol. English here (the command line); the window shows them translated (qt/error_text.py).</extracomment>
        <translation>无法访问 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="38"/>
        <source>%1 could not be found: the DNS lookup of %2 failed</source>
        <translation>找不到 %1：%2 的 DNS 查询失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="41"/>
        <source>%1 refused the connection (%2)</source>
        <translation>%1 拒绝了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="42"/>
        <source>%1 could not be reached securely: %2</source>
        <translation>无法安全地连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="43"/>
        <source>%1 sent a redirect we do not follow: %2</source>
        <translation>%1 发来了我们不会跟随的重定向：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="46"/>
        <source>Could not ask %1 for %3: %2</source>
        <translation>无法向 %1 请求 %3：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="47"/>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 未及时响应（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="48"/>
        <source>%1 is rate-limiting us; %2</source>
        <translation>%1 正在限制我们的请求频率；%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="49"/>
        <source>%1 refuses access from your region (%2)</source>
        <translation>%1 拒绝来自您所在地区的访问（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="52"/>
        <source>%1 seems to be under maintenance (%2)</source>
        <translation>%1 似乎正在维护（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="55"/>
        <source>%1 had a server error (%2)</source>
        <translation>%1 服务器出错（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="56"/>
        <source>%1 sent data we could not read: %2</source>
        <translation>%1 发来的数据无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="59"/>
        <source>%1 does not list %3 (%2)</source>
        <translation>%1 没有 %3 交易对（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="60"/>
        <source>%1 sent a response larger than %2; it was ignored</source>
        <translation>%1 的响应超过 %2，已忽略</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="63"/>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="64"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="65"/>
        <source>No %3 candles from %1: %2</source>
        <translation>%1 没有 %3 的 K 线：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="66"/>
        <source>Fetching %3 from %1 was cancelled (%2)</source>
        <translation>从 %1 获取 %3 已取消（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="69"/>
        <source>Internal error while reading %1 (%2); see the log</source>
        <translation>读取 %1 时发生内部错误（%2）；请查看日志</translation>
    </message>
</context>
<context>
    <name>LogoError</name>
    <message>
        <location filename="../../explorer/logos/download.py" line="57"/>
        <source>The logo address %1 is not an http(s) URL.</source>
        <translation>标志地址 %1 不是 http(s) URL。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="77"/>
        <source>The server answered HTTP %1 for the logo %2.</source>
        <translation>服务器对标志 %2 返回了 HTTP %1。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="89"/>
        <source>The logo %1 is not a PNG, JPEG, GIF, WebP or SVG image.</source>
        <translation>标志 %1 不是 PNG、JPEG、GIF、WebP 或 SVG 图像。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="100"/>
        <source>The logo %1 is larger than %2 KiB.</source>
        <translation>标志 %1 超过 %2 KiB。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="102"/>
        <source>The logo %1 is larger than %2 bytes.</source>
        <translation>标志 %1 超过 %2 字节。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="105"/>
        <source>Timed out downloading the logo %1.</source>
        <translation>下载标志 %1 超时。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="108"/>
        <source>Could not connect to download the logo %1; are you offline?</source>
        <translation>无法连接以下载标志 %1；是否已断网？</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="113"/>
        <source>The secure connection for the logo %1 could not be verified.</source>
        <translation>无法验证标志 %1 的安全连接。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="116"/>
        <source>The logo %1 redirects where we do not follow.</source>
        <translation>标志 %1 重定向到了我们不会跟随的地址。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="119"/>
        <source>The logo address %1 could not be requested.</source>
        <translation>无法请求标志地址 %1。</translation>
    </message>
    <message>
        <location filename="../../explorer/logos/download.py" line="123"/>
        <source>The server sent a broken response for the logo %1.</source>
        <translation>服务器为标志 %1 返回了损坏的响应。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="57"/>
        <source>Exchange Explorer</source>
        <translation>交易所浏览器</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="64"/>
        <location filename="../../explorer/qt/widgets/main_window.py" line="388"/>
        <source>Choose a region, a country or an exchange on the left.</source>
        <translation>请在左侧选择地区、国家或交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="173"/>
        <source>&amp;Watchlist</source>
        <translation>自选(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="174"/>
        <source>&amp;Markets</source>
        <translation>市场(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="178"/>
        <source>&amp;Chart</source>
        <translation>图表(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="247"/>
        <source>Select a market in the watchlist or the Markets tab to chart it.</source>
        <translation>在自选列表或“市场”标签页中选择一个市场，即可查看其图表。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="271"/>
        <source>%1 added to the watchlist</source>
        <translation>已将 %1 加入自选</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="284"/>
        <source>Select an exchange to see its markets.</source>
        <translation>选择一个交易所以查看其市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="301"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="302"/>
        <source>Export view as &amp;CSV…</source>
        <translation>将视图导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="303"/>
        <source>Export view as &amp;JSON…</source>
        <translation>将视图导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="307"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="312"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="313"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="319"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="327"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="328"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="331"/>
        <source>As the &amp;system</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="331"/>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="332"/>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="340"/>
        <source>&amp;Refresh prices</source>
        <translation>刷新价格(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="347"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="348"/>
        <source>&amp;Compare prices…</source>
        <translation>比较价格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="353"/>
        <source>&amp;Update catalogue…</source>
        <translation>更新目录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="354"/>
        <source>Check &amp;exchanges…</source>
        <translation>检查交易所连通性(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="355"/>
        <source>Price &amp;alerts…</source>
        <translation>价格提醒(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="360"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="361"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="362"/>
        <source>&amp;About Exchange Explorer</source>
        <translation>关于交易所浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="380"/>
        <location filename="../../explorer/qt/widgets/main_window.py" line="391"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="384"/>
        <source>The search hides %1; clear it to see it again.</source>
        <translation>搜索隐藏了 %1；清除搜索即可再次看到。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="409"/>
        <source>%1 — %2 exchanges</source>
        <translation>%1 — %2 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="451"/>
        <source>its API has no endpoint for every market at once here</source>
        <translation>其接口在此没有一次列出所有市场的端点</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="520"/>
        <source>Tab, Shift+Tab — move through every control</source>
        <translation>Tab、Shift+Tab — 在所有控件间移动</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="521"/>
        <source>Enter or Down (in the search) — go into the tree</source>
        <translation>回车或下箭头（在搜索框中）— 进入树</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="522"/>
        <source>Escape (in the search) — clear the search</source>
        <translation>Esc（在搜索框中）— 清除搜索</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="523"/>
        <source>Enter or Space (on a link) — open it in the browser</source>
        <translation>回车或空格（在链接上）— 在浏览器中打开</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="524"/>
        <source>Delete (in the watchlist) — remove the selected symbols</source>
        <translation>Delete（在自选中）— 移除所选交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="525"/>
        <source>Alt+W, Alt+M, Alt+C — the Watchlist, Markets and Chart tabs</source>
        <translation>Alt+W、Alt+M、Alt+C — 自选、市场和图表标签页</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="526"/>
        <source>Left, Right, +, -, Home, End (in the chart) — move and zoom</source>
        <translation>左、右、+、-、Home、End（在图表中）— 移动和缩放</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="534"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="591"/>
        <source>● Online</source>
        <translation>● 在线</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="592"/>
        <source>● Offline: no exchange can be reached</source>
        <translation>● 离线：无法连接任何交易所</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/widgets/main_window.py" line="593"/>
        <source>● %n exchange(s) failing</source>
        <translation>
            <numerusform>● %n 个交易所出错</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="695"/>
        <source>Could not save the catalogue: %1</source>
        <translation>无法保存目录：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="703"/>
        <source>Catalogue updated: %1 added, %2 removed, %3 renamed, %4 with other countries</source>
        <translation>目录已更新：新增 %1，移除 %2，更名 %3，国家变化 %4</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="775"/>
        <source>No web browser opened %1; the link is copied to the clipboard.</source>
        <translation>没有浏览器打开 %1；链接已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="788"/>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="791"/>
        <source>Copy website link</source>
        <translation>复制网站链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="793"/>
        <source>Open website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="796"/>
        <source>Copy API docs link</source>
        <translation>复制 API 文档链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="835"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="845"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="848"/>
        <source>Exported %1 exchanges to %2</source>
        <translation>已将 %1 个交易所导出到 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="862"/>
        <source>Catalogue: %1 exchanges from %2 snapshots; the newest is %3 (%4).</source>
        <translation>目录：%1 个交易所，来自 %2 个快照；最新的是 %3（%4）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="866"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="867"/>
        <source>Exchange data: ccxt&apos;s documentation and package metadata (MIT licence).</source>
        <translation>交易所数据：ccxt 的文档和软件包元数据（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="868"/>
        <source>Flags: flag-icons by Panayiotis Lipiridis (MIT licence).</source>
        <translation>旗帜：flag-icons，作者 Panayiotis Lipiridis（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="869"/>
        <source>Names: Unicode CLDR via Babel; regions: UN M49.</source>
        <translation>名称：Unicode CLDR（经 Babel）；地区：联合国 M49。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="873"/>
        <source>About Exchange Explorer</source>
        <translation>关于交易所浏览器</translation>
    </message>
</context>
<context>
    <name>MarketsModel</name>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="57"/>
        <source>Market</source>
        <translation>市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="57"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="57"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="57"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="58"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="58"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="58"/>
        <source>Base volume</source>
        <translation>基础币成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="59"/>
        <source>Quote volume</source>
        <translation>计价币成交额</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="59"/>
        <source>Flags</source>
        <translation>提示</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="59"/>
        <source>Volume ≈ USD</source>
        <translation>成交额 ≈ 美元</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="196"/>
        <source>crossed book</source>
        <translation>买卖价倒挂</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="197"/>
        <source>last outside the day&apos;s range</source>
        <translation>最新价超出当日区间</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="203"/>
        <source>The best bid is above the best ask: these numbers disagree.</source>
        <translation>最高买价高于最低卖价：这些数字相互矛盾。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="204"/>
        <source>The last price is over 5 % outside the day&apos;s range.</source>
        <translation>最新价超出当日最高/最低区间 5 % 以上。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="208"/>
        <source>Estimated: base volume times last price</source>
        <translation>估算值：基础币成交量乘以最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/markets_model.py" line="210"/>
        <source>The quote volume in US dollars, at the exchange&apos;s own prices</source>
        <translation>以美元计的成交额，按该交易所自身的价格折算</translation>
    </message>
</context>
<context>
    <name>MarketsPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="73"/>
        <source>Double-click a market to add it to the watchlist</source>
        <translation>双击一个市场将其加入自选</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="77"/>
        <source>Filter markets, e.g. ETH</source>
        <translation>筛选市场，例如 ETH</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="87"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="90"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="94"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="99"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="109"/>
        <source>Select an exchange to see its markets.</source>
        <translation>选择一个交易所以查看其市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="125"/>
        <source>Loading the markets of %1…</source>
        <translation>正在加载 %1 的市场…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="126"/>
        <source>Press Refresh for the markets of %1.</source>
        <translation>按“刷新”以加载 %1 的市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="133"/>
        <source>No market list for %1: %2</source>
        <translation>%1 没有市场列表：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="179"/>
        <source>%1 markets</source>
        <translation>%1 个市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="181"/>
        <source>%1 of %2 markets</source>
        <translation>%1 / %2 个市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="186"/>
        <source> · %1 not trading (no price)</source>
        <translation> · %1 个未在交易（无价格）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="189"/>
        <source> · %1 left out (unreadable)</source>
        <translation> · %1 个无法读取，已略去</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="193"/>
        <source>Could not load the markets: %1</source>
        <translation>无法加载市场：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="195"/>
        <source> · the last refresh failed: %1</source>
        <translation> · 上次刷新失败：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="207"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="213"/>
        <source>Markets quoted in %1</source>
        <translation>以 %1 计价的市场</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/markets_pane.py" line="215"/>
        <source>Every quote currency</source>
        <translation>所有计价币</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="42"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="47"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="48"/>
        <source>Never faster than an exchange allows</source>
        <translation>不会快于交易所允许的频率</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="50"/>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="53"/>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="61"/>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="53"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="54"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="57"/>
        <source>Automatic (red in Chinese)</source>
        <translation>自动（中文界面为红色）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="57"/>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="58"/>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="61"/>
        <source>None</source>
        <translation>不使用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="62"/>
        <source>This proxy:</source>
        <translation>使用此代理：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="69"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="72"/>
        <source>Exchange id</source>
        <translation>交易所 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="72"/>
        <source>API base URL</source>
        <translation>API 基础地址</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="76"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="78"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="85"/>
        <source>Refresh prices every:</source>
        <translation>价格刷新间隔：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="86"/>
        <source>Language (at the next start):</source>
        <translation>语言（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="87"/>
        <source>Theme:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="88"/>
        <source>A rise is shown in:</source>
        <translation>上涨显示为：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="92"/>
        <source>Proxy (at the next start):</source>
        <translation>代理（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="93"/>
        <source>Logo cache (at the next start):</source>
        <translation>标志缓存（下次启动时生效）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="102"/>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="103"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="108"/>
        <source>API base URLs (mirrors, regional hosts, test servers):</source>
        <translation>API 基础地址（镜像、地区主机、测试服务器）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="140"/>
        <source>Proxy: %1</source>
        <translation>代理：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="169"/>
        <source>Row %1: no exchange with live prices has the id %2.</source>
        <translation>第 %1 行：没有 ID 为 %2 的实时行情交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/preferences_dialog.py" line="176"/>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="79"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../explorer/qt/shell/error_hooks.py" line="29"/>
        <source>The error was logged. You can keep working.</source>
        <translation>错误已记录，您可以继续使用。</translation>
    </message>
</context>
<context>
    <name>Reach</name>
    <message>
        <location filename="../../explorer/market/reachability.py" line="40"/>
        <source>reachable</source>
        <extracomment>Plain words for each outcome (translated in the window: context &quot;Reach&quot;).</extracomment>
        <translation>可访问</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="41"/>
        <source>DNS failure</source>
        <translation>DNS 解析失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="42"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="43"/>
        <source>TLS failure</source>
        <translation>TLS 失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="44"/>
        <source>timeout</source>
        <translation>超时</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="45"/>
        <source>geo-blocked</source>
        <translation>地区受限</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="46"/>
        <source>maintenance</source>
        <translation>维护中</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="47"/>
        <source>rate-limited</source>
        <translation>被限流</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="48"/>
        <source>no network</source>
        <translation>无网络</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="49"/>
        <source>server error</source>
        <translation>服务器错误</translation>
    </message>
    <message>
        <location filename="../../explorer/market/reachability.py" line="50"/>
        <source>other failure</source>
        <translation>其他故障</translation>
    </message>
</context>
<context>
    <name>ReachDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="36"/>
        <source>Check exchanges</source>
        <translation>检查交易所连通性</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="39"/>
        <source>One light request to each live exchange: can its API be reached from here?</source>
        <translation>向每个有实时行情的交易所发送一个轻量请求：从这里能否访问其接口？</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="63"/>
        <source>%v of %m exchanges</source>
        <translation>%v / %m 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="67"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="69"/>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="71"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="121"/>
        <source>Export the check as CSV</source>
        <translation>将检查结果导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="122"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/reach_dialog.py" line="129"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ReachModel</name>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="70"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/reach_model.py" line="71"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
</context>
<context>
    <name>SpreadChart</name>
    <message>
        <location filename="../../explorer/qt/widgets/spread_chart.py" line="37"/>
        <source>Prices across exchanges</source>
        <translation>各交易所价格</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/spread_chart.py" line="90"/>
        <source>Prices appear here as exchanges answer.</source>
        <translation>交易所返回价格后将显示在这里。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/spread_chart.py" line="141"/>
        <source>median %1</source>
        <translation>中位数 %1</translation>
    </message>
</context>
<context>
    <name>TickerPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="78"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="48"/>
        <source>Live prices</source>
        <translation>实时行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="77"/>
        <source>Add symbol, e.g. BTC/USDT</source>
        <translation>添加交易对，例如 BTC/USDT</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="90"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="92"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="254"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="96"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="100"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="105"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="119"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="138"/>
        <source>Showing the last saved prices; press Refresh for live ones.</source>
        <translation>显示上次保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="140"/>
        <source>No saved prices yet; press Refresh for live ones.</source>
        <translation>尚无保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="164"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="191"/>
        <source>Showing the last saved prices, %1 old.</source>
        <translation>显示上次保存的价格（%1 前）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="193"/>
        <source>There are no saved prices to show instead.</source>
        <translation>没有可代替显示的已保存价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="196"/>
        <source>%1. %2</source>
        <translation>%1。%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="241"/>
        <source>%1 is not a market of this exchange.</source>
        <translation>%1 不是该交易所的市场。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="243"/>
        <source>Closest: %1</source>
        <translation>最接近的：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="254"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>TickerTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="50"/>
        <source>Age</source>
        <translation>距今</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="51"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="194"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="200"/>
        <source>CACHED</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="194"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="199"/>
        <source>STALE</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="198"/>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="201"/>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
</context>
<context>
    <name>TreePane</name>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="35"/>
        <source>Search id, name or country (Ctrl+F)</source>
        <translation>搜索 ID、名称或国家（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="38"/>
        <source>Show exchanges no longer listed</source>
        <translation>显示已不再收录的交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="61"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="177"/>
        <source>%1 of %2 exchanges</source>
        <translation>%1 / %2 个交易所</translation>
    </message>
</context>
<context>
    <name>UpdateDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="51"/>
        <source>Update catalogue</source>
        <translation>更新目录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="61"/>
        <source>From ccxt&apos;s documentation online</source>
        <translation>从 ccxt 的在线文档</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="67"/>
        <source>From the ccxt package installed here (ccxt %1)</source>
        <translation>从本机安装的 ccxt 软件包（ccxt %1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="71"/>
        <source>From a ccxt package (none is installed here)</source>
        <translation>从 ccxt 软件包（本机未安装）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="73"/>
        <source>To use one: pip install &quot;exchange-explorer[ccxt]&quot;</source>
        <translation>如需使用：pip install &quot;exchange-explorer[ccxt]&quot;</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="82"/>
        <source>Pages at:</source>
        <translation>页面地址：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="83"/>
        <source>Check for changes</source>
        <translation>检查变化</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="87"/>
        <source>Back to the catalogue the app came with</source>
        <translation>恢复为应用自带的目录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="98"/>
        <source>Nothing changes until you apply the differences.</source>
        <translation>在您应用这些差异之前，什么都不会改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="112"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="129"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="132"/>
        <source>Discard</source>
        <translation>放弃</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="154"/>
        <source>Now: %1 exchanges; the newest snapshot is %2 (%3).</source>
        <translation>当前：%1 个交易所；最新快照为 %2（%3）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="157"/>
        <source>undated</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="172"/>
        <source>%1 added, %2 removed, %3 renamed, %4 with other countries</source>
        <translation>新增 %1，移除 %2，更名 %3，国家变化 %4</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="179"/>
        <source>%1 would become the newest snapshot: %2. Exchanges: %3.</source>
        <translation>%1 将成为最新快照：%2。交易所总数：%3。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="184"/>
        <source>%1 lists the same exchanges in the same countries.</source>
        <translation>%1 收录的交易所及其国家与现在相同。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="195"/>
        <source>Already up to date: the catalogue has %1.</source>
        <translation>已是最新：目录中已有 %1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="198"/>
        <source>Could not fetch the documentation: %1.</source>
        <translation>无法获取文档：%1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="200"/>
        <source>No ccxt package is installed here (%1).</source>
        <translation>本机未安装 ccxt 软件包（%1）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="203"/>
        <source>That address cannot be used: %1.</source>
        <translation>无法使用该地址：%1。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="207"/>
        <source>The source could not be read as a catalogue: %1</source>
        <translation>无法将该来源读取为目录：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="214"/>
        <source>Applied.</source>
        <translation>已应用。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="228"/>
        <source>Cancelled: nothing was changed.</source>
        <translation>已取消：没有任何改变。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="236"/>
        <source>Reading the ccxt package…</source>
        <translation>正在读取 ccxt 软件包…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="237"/>
        <source>Fetching the list of supported exchanges…</source>
        <translation>正在获取支持的交易所列表…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="238"/>
        <source>Fetching the exchanges by country…</source>
        <translation>正在获取按国家划分的交易所…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="239"/>
        <source>Reading the pages…</source>
        <translation>正在读取页面…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="240"/>
        <source>Comparing with the current catalogue…</source>
        <translation>正在与当前目录比较…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="242"/>
        <source>Starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="259"/>
        <source>Added (%1)</source>
        <translation>新增（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="260"/>
        <source>Removed (%1)</source>
        <translation>移除（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="261"/>
        <source>Renamed (%1)</source>
        <translation>更名（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/update_dialog.py" line="262"/>
        <source>Countries changed (%1)</source>
        <translation>国家变化（%1）</translation>
    </message>
</context>
</TS>
