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
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="74"/>
        <source>Symbol:</source>
        <translation>交易对：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="76"/>
        <source>Where:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="152"/>
        <source>Best bid: %1   Best ask: %2   (%3 exchanges here have no live prices)</source>
        <translation>最高买价：%1   最低卖价：%2   （此范围内有 %3 个交易所没有实时行情）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/compare_dialog.py" line="159"/>
        <source>… and %1 more failures</source>
        <translation>… 以及另外 %1 个失败</translation>
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
        <translation>时长</translation>
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
        <location filename="../../explorer/qt/models/compare_model.py" line="172"/>
        <source>fetching…</source>
        <translation>获取中…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="189"/>
        <source>cached</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/compare_model.py" line="189"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
</context>
<context>
    <name>CountryTreeModel</name>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="150"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="150"/>
        <source>Exchanges</source>
        <translation>交易所</translation>
    </message>
    <message numerus="yes">
        <location filename="../../explorer/qt/models/tree_model.py" line="190"/>
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n 个交易所</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/tree_model.py" line="193"/>
        <source>No longer listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档已不再收录</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../explorer/market/client.py" line="129"/>
        <source>the client is closed</source>
        <translation>客户端已关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/client.py" line="141"/>
        <source>the client was closed</source>
        <translation>客户端已被关闭</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="79"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="94"/>
        <source>try again after %1 UTC</source>
        <translation>请在 UTC %1 之后重试</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="121"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="122"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/failures.py" line="142"/>
        <source>HTTP %1, the endpoint needs a login</source>
        <translation>HTTP %1，该接口需要登录</translation>
    </message>
    <message>
        <location filename="../../explorer/market/responses.py" line="75"/>
        <source>it sent a web page instead of prices</source>
        <extracomment>Fields whose value was there but invalid, with the reason (they are None in ``Fields``).</extracomment>
        <translation>返回的是网页而不是行情数据</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="74"/>
        <source>the compressed response was cut off</source>
        <translation>压缩的响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="79"/>
        <source>the response is too large</source>
        <translation>响应过大</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="92"/>
        <source>the response is compressed more than once</source>
        <translation>响应被重复压缩</translation>
    </message>
    <message>
        <location filename="../../explorer/net/body.py" line="98"/>
        <source>the response uses an unknown encoding (%1)</source>
        <translation>响应使用了未知的编码（%1）</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="61"/>
        <source>the CA certificates (SSL_CERT_FILE, SSL_CERT_DIR) could not be loaded: %1</source>
        <translation>无法加载 CA 证书（SSL_CERT_FILE、SSL_CERT_DIR）：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="76"/>
        <location filename="../../explorer/net/client.py" line="118"/>
        <source>it redirected to an invalid address</source>
        <translation>重定向到了无效的地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="81"/>
        <source>it redirected to an address that is not http(s)</source>
        <translation>重定向到了非 http(s) 地址</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="86"/>
        <source>it redirected from https to insecure http</source>
        <translation>从 https 重定向到了不安全的 http</translation>
    </message>
    <message>
        <location filename="../../explorer/net/client.py" line="136"/>
        <location filename="../../explorer/net/failures.py" line="115"/>
        <source>it redirected too many times</source>
        <translation>重定向次数过多</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="95"/>
        <source>no full answer within %1 s</source>
        <translation>%1 秒内未收到完整响应</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="103"/>
        <source>the secure connection could not be verified</source>
        <translation>无法验证安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="110"/>
        <source>the proxy failed: %1</source>
        <translation>代理出错：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="120"/>
        <source>the address is not a valid http(s) URL</source>
        <translation>该地址不是有效的 http(s) URL</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="125"/>
        <source>the request could not be sent as given</source>
        <translation>无法按原样发送该请求</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="130"/>
        <source>the compressed response is corrupt</source>
        <translation>压缩的响应已损坏</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="134"/>
        <source>the response was cut off</source>
        <translation>响应被截断</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="139"/>
        <source>the connection dropped before an answer</source>
        <translation>收到响应前连接已断开</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="146"/>
        <source>the secure connection could not be set up</source>
        <translation>无法建立安全连接</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="159"/>
        <source>connection refused</source>
        <translation>连接被拒绝</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="164"/>
        <source>no route to it</source>
        <translation>没有到达它的路由</translation>
    </message>
    <message>
        <location filename="../../explorer/net/failures.py" line="167"/>
        <source>the connection failed</source>
        <translation>连接失败</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="83"/>
        <source>Website:</source>
        <translation>网站：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="84"/>
        <source>Referral link:</source>
        <translation>推荐链接：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="86"/>
        <source>API docs:</source>
        <translation>API 文档：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="87"/>
        <source>API version:</source>
        <translation>API 版本：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="88"/>
        <source>Countries:</source>
        <translation>国家/地区：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="89"/>
        <source>Seen:</source>
        <translation>出现：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="94"/>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="94"/>
        <source>Listed</source>
        <translation>已收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="94"/>
        <source>Countries there</source>
        <translation>该文档中的国家/地区</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="106"/>
        <source>History across the ccxt documents (oldest first):</source>
        <translation>在各 ccxt 文档中的记录（由旧到新）：</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="113"/>
        <source>ccxt id: %1</source>
        <translation>ccxt ID：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="115"/>
        <source>Listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档仍收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="117"/>
        <source>No longer listed in the newest ccxt document</source>
        <translation>最新的 ccxt 文档已不再收录</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="126"/>
        <source>The link as the documents give it, with a referral code</source>
        <translation>文档中给出的原始链接，带有推荐码</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="142"/>
        <source>Logo unavailable: %1</source>
        <translation>无法获取标志：%1</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="148"/>
        <source>first in %1, last in %2</source>
        <translation>最早见于 %1，最后见于 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="158"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/detail_pane.py" line="158"/>
        <source>no</source>
        <translation>否</translation>
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
        <location filename="../../explorer/market/errors.py" line="36"/>
        <source>%1 is unreachable (%2)</source>
        <extracomment>The one-line message per kind: %1 the exchange&apos;s name, %2 the detail, %3 the symbol. English here (the command line); the window shows them translated (qt/error_text.py).</extracomment>
        <translation>无法访问 %1（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="37"/>
        <source>%1 could not be found: the DNS lookup of %2 failed</source>
        <translation>找不到 %1：%2 的 DNS 查询失败</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="40"/>
        <source>%1 refused the connection (%2)</source>
        <translation>%1 拒绝了连接（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="41"/>
        <source>%1 could not be reached securely: %2</source>
        <translation>无法安全地连接到 %1：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="42"/>
        <source>%1 sent a redirect we do not follow: %2</source>
        <translation>%1 发来了我们不会跟随的重定向：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="45"/>
        <source>Could not ask %1 for %3: %2</source>
        <translation>无法向 %1 请求 %3：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="46"/>
        <source>%1 did not answer in time (%2)</source>
        <translation>%1 未及时响应（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="47"/>
        <source>%1 is rate-limiting us; %2</source>
        <translation>%1 正在限制我们的请求频率；%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="48"/>
        <source>%1 refuses access from your region (%2)</source>
        <translation>%1 拒绝来自您所在地区的访问（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="51"/>
        <source>%1 seems to be under maintenance (%2)</source>
        <translation>%1 似乎正在维护（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="54"/>
        <source>%1 had a server error (%2)</source>
        <translation>%1 服务器出错（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="55"/>
        <source>%1 sent data we could not read: %2</source>
        <translation>%1 发来的数据无法读取：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="58"/>
        <source>%1 does not list %3 (%2)</source>
        <translation>%1 没有 %3 交易对（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="59"/>
        <source>%1 sent a response larger than %2; it was ignored</source>
        <translation>%1 的响应超过 %2，已忽略</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="62"/>
        <source>%1 reported an error: %2</source>
        <translation>%1 报告了错误：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="63"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="64"/>
        <source>Fetching %3 from %1 was cancelled (%2)</source>
        <translation>从 %1 获取 %3 已取消（%2）</translation>
    </message>
    <message>
        <location filename="../../explorer/market/errors.py" line="67"/>
        <source>Internal error while reading %1 (%2); see the log</source>
        <translation>读取 %1 时发生内部错误（%2）；请查看日志</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="46"/>
        <source>Exchange Explorer</source>
        <translation>交易所浏览器</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="53"/>
        <source>Choose a region, a country or an exchange on the left.</source>
        <translation>请在左侧选择地区、国家或交易所。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="144"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="145"/>
        <source>Export view as &amp;CSV…</source>
        <translation>将视图导出为 &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="146"/>
        <source>Export view as &amp;JSON…</source>
        <translation>将视图导出为 &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="153"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="154"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="159"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="160"/>
        <source>&amp;Compare prices…</source>
        <translation>比较价格(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="165"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="166"/>
        <source>&amp;About Exchange Explorer</source>
        <translation>关于交易所浏览器(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="184"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="197"/>
        <source>%1 — %2 exchanges</source>
        <translation>%1 — %2 个交易所</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="293"/>
        <source>Copy id</source>
        <translation>复制 ID</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="296"/>
        <source>Copy website link</source>
        <translation>复制网站链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="298"/>
        <source>Open website</source>
        <translation>打开网站</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="301"/>
        <source>Copy API docs link</source>
        <translation>复制 API 文档链接</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="318"/>
        <source>Export view</source>
        <translation>导出视图</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="327"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="330"/>
        <source>Exported %1 exchanges to %2</source>
        <translation>已将 %1 个交易所导出到 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="343"/>
        <source>Catalogue: %1 exchanges from %2</source>
        <translation>目录：%1 个交易所，来自 %2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="346"/>
        <source>Exchange data: ccxt documentation (MIT licence).</source>
        <translation>交易所数据：ccxt 文档（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="347"/>
        <source>Flags: flag-icons by Panayiotis Lipiridis (MIT licence).</source>
        <translation>旗帜：flag-icons，作者 Panayiotis Lipiridis（MIT 许可证）。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="348"/>
        <source>Names: Unicode CLDR via Babel; regions: UN M49.</source>
        <translation>名称：Unicode CLDR（经 Babel）；地区：联合国 M49。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="352"/>
        <source>About Exchange Explorer</source>
        <translation>关于交易所浏览器</translation>
    </message>
</context>
<context>
    <name>QCoreApplication.self</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="62"/>
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
    <name>TickerPane</name>
    <message>
        <location filename="../../explorer/qt/widgets/main_window.py" line="61"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="41"/>
        <source>Live prices</source>
        <translation>实时行情</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="62"/>
        <source>Add symbol, e.g. BTC/USDT</source>
        <translation>添加交易对，例如 BTC/USDT</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="64"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="66"/>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="159"/>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="70"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="74"/>
        <source>Refresh interval (never faster than the exchange allows)</source>
        <translation>刷新间隔（不会快于交易所允许的频率）</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="79"/>
        <source>Every</source>
        <translation>每</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="93"/>
        <source>Select an exchange to see its live prices.</source>
        <translation>选择一个交易所以查看实时行情。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="108"/>
        <source>Showing the last saved prices; press Refresh for live ones.</source>
        <translation>显示上次保存的价格；按“刷新”获取实时价格。</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="119"/>
        <source>No live prices for %1: %2</source>
        <translation>%1 没有实时行情：%2</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/widgets/ticker_pane.py" line="159"/>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>TickerTableModel</name>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="47"/>
        <source>Symbol</source>
        <translation>交易对</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="47"/>
        <source>Last</source>
        <translation>最新价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="47"/>
        <source>Bid</source>
        <translation>买价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="47"/>
        <source>Ask</source>
        <translation>卖价</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="47"/>
        <source>Spread</source>
        <translation>价差</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="48"/>
        <source>24h %</source>
        <translation>24小时涨跌</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="48"/>
        <source>High</source>
        <translation>最高</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="48"/>
        <source>Low</source>
        <translation>最低</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="48"/>
        <source>Volume</source>
        <translation>成交量</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="48"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Trend</source>
        <translation>走势</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="49"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="180"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="186"/>
        <source>CACHED</source>
        <translation>缓存</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="180"/>
        <location filename="../../explorer/qt/models/ticker_model.py" line="185"/>
        <source>STALE</source>
        <translation>过期</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="184"/>
        <source>live</source>
        <translation>实时</translation>
    </message>
    <message>
        <location filename="../../explorer/qt/models/ticker_model.py" line="187"/>
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
        <location filename="../../explorer/qt/widgets/tree_pane.py" line="138"/>
        <source>%1 of %2 exchanges</source>
        <translation>%1 / %2 个交易所</translation>
    </message>
</context>
</TS>
