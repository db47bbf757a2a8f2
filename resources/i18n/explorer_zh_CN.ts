<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CompareDialog</name>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="32"/>
        <source>Compare prices</source>
        <translation>比较价格</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="36"/>
        <source>All exchanges</source>
        <translation>所有交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="39"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="44"/>
        <source>%v of %m exchanges</source>
        <translation>%v / %m 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="62"/>
        <source>Symbol:</source>
        <translation>交易对：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="64"/>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="97"/>
        <source>Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)</source>
        <translation>最高买价：%1   最低卖价：%2   （此范围内有 %3 个交易所没有实时行情）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="104"/>
        <source>… and %1 more failures</source>
        <translation>… 以及另外 %1 个失败</translation>
    </message>
</context>
<context>
    <name>CompareModel</name>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="26"/>
        <source>Exchange</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="26"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="26"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="26"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="27"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="27"/>
        <source>vs median</source>
        <translation>相对中位数</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="27"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="27"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="28"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="107"/>
        <source>fetching…</source>
        <translation>获取中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="124"/>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/compare_model.py" line="124"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>CountryTreeModel</name>
    <message>
        <location filename="../../explorer/qt/tree_model.py" line="149"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/tree_model.py" line="149"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/tree_model.py" line="189"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 个交易所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/tree_model.py" line="192"/>
        <source>No longer listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档已不再收录</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="82"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="83"/>
        <source>Referral link:</source>
        <translation>推荐链接：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="85"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="86"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="87"/>
        <source>Countries:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="88"/>
        <source>Seen:</source>
        <translation>出现：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="93"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="93"/>
        <source>Listed</source>
        <translation>已收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="93"/>
        <source>Countries there</source>
        <translation>该文档中的国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="105"/>
        <source>History across the ccxt documents (oldest first):</source>
        <translation>在各 ccxt 文档中的记录（由旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="112"/>
        <source>ccxt id: %1</source>
        <translation>ccxt ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="114"/>
        <source>Listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档仍收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="116"/>
        <source>No longer listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档已不再收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="125"/>
        <source>The link as the documents give it, with a referral code</source>
        <translation>文档中给出的原始链接，带有推荐码</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="142"/>
        <source>first in %1, last in %2</source>
        <translation>最早见于 %1，最后见于 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="152"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="152"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>ExchangeTableModel</name>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="21"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="22"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="23"/>
        <source>API version</source>
        <translation>API 版本</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="24"/>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="25"/>
        <source>Still listed</source>
        <translation>仍收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="71"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/exchange_table.py" line="71"/>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="37"/>
        <source>Exchange Explorer</source>
        <translation>交易所浏览器</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="44"/>
        <source>Choose a region, a country or an exchange on the left.</source>
        <translation>请在左侧选择地区、国家或交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="93"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="94"/>
        <source>Export view as &amp;CSV…</source>
        <translation>将视图导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="95"/>
        <source>Export view as &amp;JSON…</source>
        <translation>将视图导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="99"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="102"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="103"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="108"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="109"/>
        <source>&amp;Compare prices…</source>
        <translation>比较价格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="114"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="115"/>
        <source>&amp;About Exchange Explorer</source>
        <translation>关于交易所浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="138"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="151"/>
        <source>%1 — %2 exchanges</source>
        <translation>%1 — %2 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="237"/>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="240"/>
        <source>Copy website link</source>
        <translation>复制网站链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="242"/>
        <source>Open website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="245"/>
        <source>Copy API docs link</source>
        <translation>复制 API 文档链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="262"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="271"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="274"/>
        <source>Exported %1 exchanges to %2</source>
        <translation>已将 %1 个交易所导出到 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="287"/>
        <source>Catalogue: %1 exchanges from %2</source>
        <translation>目录：%1 个交易所，来自 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="290"/>
        <source>Exchange data: ccxt documentation (MIT licence).</source>
        <translation>交易所数据：ccxt 文档（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="291"/>
        <source>Flags: flag-icons by Panayiotis Lipiridis (MIT licence).</source>
        <translation>旗帜：flag-icons，作者 Panayiotis Lipiridis（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="292"/>
        <source>Names: Unicode CLDR via Babel; regions: UN M49.</source>
        <translation>名称：Unicode CLDR（经 Babel）；地区：联合国 M49。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/main_window.py" line="296"/>
        <source>About Exchange Explorer</source>
        <translation>关于交易所浏览器</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../explorer/qt/exceptions.py" line="27"/>
        <source>The error was logged. You can keep working.</source>
        <translation>错误已记录，您可以继续使用。</translation>
    </message>
</context>
<context>
    <name>TickerPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="40"/>
        <source>Live prices</source>
        <translation>实时行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="59"/>
        <source>Add symbol, e.g. BTC/USDT</source>
        <translation>添加交易对，例如 BTC/USDT</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="61"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="63"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="155"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="67"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="71"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="76"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="89"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="104"/>
        <source>Showing the last saved prices; press Refresh for live ones.</source>
        <translation>显示上次保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="115"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="155"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>TickerTableModel</name>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="36"/>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="36"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="36"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="36"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="36"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="37"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="37"/>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="37"/>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="37"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="37"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="38"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="38"/>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="38"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="150"/>
        <location filename="../../explorer/qt/ticker_model.py" line="155"/>
        <source>CACHED</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="150"/>
        <location filename="../../explorer/qt/ticker_model.py" line="154"/>
        <source>STALE</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="153"/>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/ticker_model.py" line="156"/>
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
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="56"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="142"/>
        <source>%1 of %2 exchanges</source>
        <translation>%1 / %2 个交易所</translation>
    </message>
</context>
</TS>
